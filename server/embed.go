package server

import "embed"

// webFS holds the dashboard: plain HTML, CSS and JavaScript, no build step.
//
//go:embed web
var webFS embed.FS
