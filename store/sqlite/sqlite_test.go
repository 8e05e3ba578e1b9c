package sqlite

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/dyadproject/dyad/store"
	"github.com/dyadproject/dyad/store/storetest"
)

func openTemp(t *testing.T) *Store {
	t.Helper()
	st, err := Open(context.Background(), filepath.Join(t.TempDir(), "test.db"))
	if err != nil {
		t.Fatal(err)
	}
	return st
}

func TestConformance(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store { return openTemp(t) })
}

func TestConformanceMemory(t *testing.T) {
	storetest.Run(t, func(t *testing.T) store.Store {
		st, err := Open(context.Background(), ":memory:")
		if err != nil {
			t.Fatal(err)
		}
		return st
	})
}
