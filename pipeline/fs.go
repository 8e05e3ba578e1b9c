package pipeline

import (
	"io/fs"
	"os"
)

func dirFS(dir string) fs.FS { return os.DirFS(dir) }
