// Package storetest is the conformance suite that every store.Store
// implementation must pass. A backend's tests call Run with a function that
// opens a new, empty store:
//
//	func TestConformance(t *testing.T) {
//		storetest.Run(t, func(t *testing.T) store.Store {
//			st, err := sqlite.Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
//			if err != nil {
//				t.Fatal(err)
//			}
//			return st
//		})
//	}
//
// The suite puts a few coded articles written for it (Fixtures) and checks
// the round trip of every field, idempotent and atomic Puts, every query
// filter alone, in pairs and in random combinations against an in-memory
// model of the contract, full-text queries with punctuation and quotes,
// paging and totals, Unknown, Stats, ErrNotFound, and store.Counter where the
// store implements it.
package storetest
