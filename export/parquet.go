package export

import (
	"fmt"
	"io"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// parquetBatch is the number of rows handed to the Parquet writer at once.
const parquetBatch = 1024

// parquetTable writes rows as a Parquet file with one flat column per
// field, named by its parquet tag (the same as its json tag). The file is
// written sequentially, so w may be a pipe or standard output.
type parquetTable[T any] struct {
	pw    *parquet.GenericWriter[T]
	batch []T
}

func newParquetTable[T any](w io.Writer) *parquetTable[T] {
	return &parquetTable[T]{
		pw:    parquet.NewGenericWriter[T](w, parquet.Compression(&zstd.Codec{Level: zstd.SpeedDefault})),
		batch: make([]T, 0, parquetBatch),
	}
}

func (t *parquetTable[T]) Write(row *T) error {
	t.batch = append(t.batch, *row)
	if len(t.batch) == cap(t.batch) {
		return t.flush()
	}
	return nil
}

func (t *parquetTable[T]) flush() error {
	if len(t.batch) == 0 {
		return nil
	}
	if _, err := t.pw.Write(t.batch); err != nil {
		return fmt.Errorf("cannot write Parquet rows: %w", err)
	}
	clear(t.batch)
	t.batch = t.batch[:0]
	return nil
}

func (t *parquetTable[T]) Close() error {
	if err := t.flush(); err != nil {
		return err
	}
	if err := t.pw.Close(); err != nil {
		return fmt.Errorf("cannot finish Parquet file: %w", err)
	}
	return nil
}
