package object

import (
	"bytes"
	"context"
	"runtime"
	"sync"
	"sync/atomic"
)

// chunk is a run of whole YAML documents inside a larger stream.
type chunk struct {
	data   []byte
	offset int // byte offset of data in the stream
	line   int // number of lines before data
}

// splitDocuments cuts a YAML stream before every document start marker: a
// "---" at the start of a line followed by a space, tab or line end. YAML
// forbids such a line inside any scalar or collection, so each chunk holds
// whole documents.
func splitDocuments(data []byte) []chunk {
	var out []chunk
	start, startLine, line := 0, 0, 0
	for i := 0; i < len(data); {
		end := bytes.IndexByte(data[i:], '\n')
		next := len(data)
		if end >= 0 {
			next = i + end + 1
		}
		if i > start && isDocStart(data[i:next]) {
			out = append(out, chunk{data[start:i], start, startLine})
			start, startLine = i, line
		}
		line++
		i = next
	}
	return append(out, chunk{data[start:], start, startLine})
}

func isDocStart(l []byte) bool {
	if !bytes.HasPrefix(l, []byte("---")) {
		return false
	}
	return len(l) == 3 || l[3] == ' ' || l[3] == '\t' || l[3] == '\n' || l[3] == '\r'
}

// DecodeYAMLConcurrent decodes like DecodeYAML, spreading the documents of
// a large stream over up to GOMAXPROCS goroutines. Documents come back in
// file order with the same positions; on errors it returns the documents
// that decoded and the first error in file order.
func DecodeYAMLConcurrent(ctx context.Context, file string, data []byte) ([]Document, error) {
	return decodeConcurrent(ctx, file, data, 64, runtime.GOMAXPROCS(0))
}

// DecodeYAMLEach decodes data like DecodeYAMLConcurrent, but hands the
// documents of each chunk of the stream to fn as soon as they are decoded,
// on the goroutine that decoded them, instead of collecting them: the caller
// uses and drops them, so a large stream is never in memory at once. fn is
// called once per chunk with the chunk's number (chunks are numbered in file
// order), its documents (their Index counts within the chunk) and its decode
// error; calls for different chunks may run concurrently. It returns the
// number of chunks, or the context's error.
func DecodeYAMLEach(ctx context.Context, file string, data []byte, fn func(chunk int, docs []Document, err error)) (int, error) {
	return decodeEach(ctx, file, data, 64, runtime.GOMAXPROCS(0), fn)
}

// decodeEach is DecodeYAMLEach with workers goroutines when data has at
// least minChunks chunks (otherwise one call of fn for the whole stream).
func decodeEach(ctx context.Context, file string, data []byte, minChunks, workers int, fn func(chunk int, docs []Document, err error)) (int, error) {
	chunks := splitDocuments(data)
	if len(chunks) < minChunks || workers < 2 {
		docs, err := DecodeYAML(file, data)
		fn(0, docs, err)
		return 1, ctx.Err()
	}
	// Workers take the next chunk from a shared counter: no hand-off
	// between goroutines per chunk.
	var wg sync.WaitGroup
	var next atomic.Int64
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= len(chunks) || (i%64 == 0 && ctx.Err() != nil) {
					return
				}
				c := chunks[i]
				docs, err := decodeChunk(file, c.data, c.offset, c.line, 0)
				fn(i, docs, err)
			}
		}()
	}
	wg.Wait()
	return len(chunks), ctx.Err()
}

// decodeConcurrent decodes data with workers goroutines when it has at
// least minChunks chunks, and collects the documents in file order.
func decodeConcurrent(ctx context.Context, file string, data []byte, minChunks, workers int) ([]Document, error) {
	type result struct {
		docs []Document
		err  error
	}
	var results []result
	var mu sync.Mutex
	n, err := decodeEach(ctx, file, data, minChunks, workers, func(chunk int, docs []Document, err error) {
		mu.Lock()
		if chunk >= len(results) {
			results = append(results, make([]result, chunk+1-len(results))...)
		}
		results[chunk] = result{docs, err}
		mu.Unlock()
	})
	if err != nil {
		return nil, err
	}
	var docs []Document
	var first error
	for _, r := range results[:n] {
		for _, d := range r.docs {
			d.Index = len(docs)
			docs = append(docs, d)
		}
		if r.err != nil && first == nil {
			first = r.err
		}
	}
	return docs, first
}
