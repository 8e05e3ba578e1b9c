// Package server is dyad's HTTP API and its embedded dashboard, over any
// store.Store.
//
//	GET /api/events?country=IRN&root=12&from=2021-06-01&to=2021-06-30&q=words&limit=50&offset=0
//	    (also actor, code, plover, article) → {"events": [...], "total": N, "limit": 50, "offset": 0}
//	GET /api/counts?(the same filters) → {"counts": [{"date", "quad", "count"}...], "total": N, "partial": false}
//	GET /api/articles/{id} → {"article", "sentences", "events", "quotes", "entities", "tone"}
//	GET /api/stats → {"articles", "sentences", "events"}
//	GET /api/actors/unknown?limit=50 → {"actors": [{"name", "count"}...]}
//	GET / → the dashboard (plain HTML, CSS and JavaScript embedded in the binary)
//
// Events are in the JSON contract of `dyad code` (../shared/DESIGN.md) with
// "article_id" added. Parameters are checked: an unknown or repeated
// parameter or a bad value answers 400 with {"error": "...", "param":
// "name"}; limit is capped at 1000. The text query q takes words (all
// required), "quoted phrases" and prefix* terms; nothing else is syntax.
//
// Every route answers GET and HEAD, and 405 with an Allow header to other
// methods. The dashboard's pages carry a strict Content-Security-Policy
// (no inline script, no other origin) and use only relative URLs, so the
// handler can be mounted under a prefix with http.StripPrefix.
//
// New sets no timeouts and no limits on connections: the caller's
// http.Server must, for example
//
//	srv := &http.Server{
//		Addr:              "127.0.0.1:8080",
//		Handler:           server.New(st, server.Options{}),
//		ReadHeaderTimeout: 10 * time.Second,
//		ReadTimeout:       30 * time.Second,
//		WriteTimeout:      60 * time.Second,
//		IdleTimeout:       2 * time.Minute,
//	}
//
// Store queries run with the request's context, so they stop when the
// client goes away or the server shuts down.
package server
