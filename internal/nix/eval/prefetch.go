package eval

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/nix-k8s/nix-k8s/internal/nix/syntax"
)

// Loading files ahead of evaluation.
//
// Reading, parsing and compiling a file does not depend on the evaluation
// that imports it: a file is compiled in the global scope. So when a file
// names other Nix files by literal path (`import ./lib`, a module list
// `[ ./a.nix ./b.nix ]`), a background goroutine loads them while the
// evaluator goes on, and the import that needs one later finds it compiled.
// Only files the sandbox allows are touched, only reading happens in the
// background, and the evaluator never waits for a load it could do itself:
// a file the background worker has not started yet is loaded by whichever
// side needs it first. A load that failed is done again synchronously by
// the import, so error messages are those of an ordinary import.
//
// The worker runs only while there is queued work and more than one CPU
// to run it on; it stops with the evaluator's context.

// prefetchMaxFile is the largest file loaded ahead; bigger files load when
// imported.
const prefetchMaxFile = 4 << 20

// prefetchMaxJobs bounds how many files one evaluator loads ahead.
const prefetchMaxJobs = 4096

// loadJob is one file loaded at most once, by the worker or by the import
// that needs it, whichever claims it first.
type loadJob struct {
	path    string
	claimed atomic.Bool
	done    chan struct{}
	code    node     // valid after done is closed
	paths   []string // literal paths the file names, for more loading ahead
	err     error
}

type prefetcher struct {
	off     bool // never load ahead (tests compare with and without)
	force   bool // load ahead even on one CPU (tests)
	mu      sync.Mutex
	jobs    map[string]*loadJob
	stack   []*loadJob // next to load on top
	running bool
	queued  []string // every path queued, in order (read by tests)
}

// prefetchEnabled reports whether loading ahead is worth it here.
func prefetchEnabled() bool { return runtime.GOMAXPROCS(0) > 1 }

// loadFile reads, parses and compiles the file at the resolved path r,
// using the result of a load ahead when there is one, and queues the files
// it names for loading ahead.
func (ev *Evaluator) loadFile(pos Pos, r string) (node, error) {
	if job := ev.prefetch.take(r); job != nil {
		if job.claimed.CompareAndSwap(false, true) {
			ev.runLoad(job)
		} else {
			ev.helpUntilDone(job)
		}
		if job.err == nil {
			ev.queueLoads(job.paths)
			return job.code, nil
		}
		// Fall through: redo it here, for the error an import reports.
	}
	f, err := ev.parseFile(pos, r)
	if err != nil {
		return nil, err
	}
	code, paths, err := ev.compileAndRelease(f, filepath.Dir(r), nil)
	if err != nil {
		return nil, err
	}
	ev.queueLoads(paths)
	return code, nil
}

// runLoad does the work of a claimed job: only reading, parsing and
// compiling, which touch nothing of the evaluator that changes.
func (ev *Evaluator) runLoad(job *loadJob) {
	defer close(job.done)
	defer func() {
		// A load ahead must not end the process for a file that may never
		// be imported: the import that needs it loads it again itself.
		if r := recover(); r != nil {
			job.code, job.err = nil, fmt.Errorf("loading %s ahead: %v", job.path, r)
		}
	}()
	src, err := os.ReadFile(job.path)
	if err != nil {
		job.err = err
		return
	}
	job.code, job.paths, job.err = ev.compileAndRelease(syntax.ParseOwned(job.path, src), filepath.Dir(job.path), nil)
}

// helpUntilDone waits for a job the worker is running, loading other
// queued files meanwhile rather than sitting idle.
func (ev *Evaluator) helpUntilDone(job *loadJob) {
	for {
		select {
		case <-job.done:
			return
		default:
		}
		other := ev.prefetch.pop()
		if other == nil {
			<-job.done
			return
		}
		if other.claimed.CompareAndSwap(false, true) {
			ev.runLoad(other)
		}
	}
}

// pop removes and returns the next queued job, or nil.
func (p *prefetcher) pop() *loadJob {
	p.mu.Lock()
	defer p.mu.Unlock()
	n := len(p.stack)
	if n == 0 {
		return nil
	}
	job := p.stack[n-1]
	p.stack[n-1] = nil
	p.stack = p.stack[:n-1]
	return job
}

// LoadAhead tells the evaluator that the files at paths (absolute) are
// likely to be imported: when a spare CPU is there, they are read, parsed
// and compiled in the background, as files named by literal paths are. It
// changes no result; paths outside the allowed roots and paths that are not
// Nix files are ignored. It does nothing before the allowed roots are known
// (Options.Roots, or the first EvalFile or EvalSource).
func (ev *Evaluator) LoadAhead(paths ...string) {
	if !ev.rootsSet {
		return
	}
	ev.queueLoads(paths)
}

// take removes and returns the job for path r, if any.
func (p *prefetcher) take(r string) *loadJob {
	p.mu.Lock()
	defer p.mu.Unlock()
	job := p.jobs[r]
	if job != nil {
		delete(p.jobs, r)
	}
	return job
}

// queueLoads queues the Nix files among the literal paths a file names:
// `x.nix` files and directories with a default.nix, inside the allowed
// roots, not imported yet.
func (ev *Evaluator) queueLoads(paths []string) {
	if len(paths) == 0 || ev.prefetch.off || !(prefetchEnabled() || ev.prefetch.force) || ev.ctx.Err() != nil {
		return
	}
	var add []*loadJob
	for _, p := range paths {
		r, ok := ev.loadCandidate(p)
		if !ok {
			continue
		}
		add = append(add, &loadJob{path: r, done: make(chan struct{})})
	}
	if len(add) == 0 {
		return
	}
	pf := &ev.prefetch
	pf.mu.Lock()
	if pf.jobs == nil {
		pf.jobs = map[string]*loadJob{}
	}
	var fresh []*loadJob
	for _, j := range add {
		if _, dup := pf.jobs[j.path]; dup || len(pf.queued) >= prefetchMaxJobs {
			continue
		}
		pf.jobs[j.path] = j
		pf.queued = append(pf.queued, j.path)
		fresh = append(fresh, j)
	}
	// Pushed last first, so that the first path named is loaded first.
	for i := len(fresh) - 1; i >= 0; i-- {
		pf.stack = append(pf.stack, fresh[i])
	}
	start := !pf.running && len(pf.stack) > 0
	if start {
		pf.running = true
	}
	pf.mu.Unlock()
	if start {
		go ev.prefetchWorker()
	}
}

// loadCandidate resolves a literal path to the file an import of it would
// load, when that is a Nix file worth loading ahead.
func (ev *Evaluator) loadCandidate(p string) (string, bool) {
	if _, isText := ev.storeTexts[p]; isText {
		return "", false
	}
	r, err := ev.CheckPath(Pos{}, p)
	if err != nil {
		return "", false
	}
	if !strings.HasSuffix(r, ".nix") {
		r, err = ev.CheckPath(Pos{}, r+"/default.nix")
		if err != nil {
			return "", false
		}
	}
	if _, done := ev.imports[r]; done {
		return "", false
	}
	st, err := os.Stat(r)
	if err != nil || !st.Mode().IsRegular() || st.Size() > prefetchMaxFile {
		return "", false
	}
	return r, true
}

// prefetchWorker loads queued files until none is left.
func (ev *Evaluator) prefetchWorker() {
	pf := &ev.prefetch
	for {
		pf.mu.Lock()
		n := len(pf.stack)
		if n == 0 || ev.ctx.Err() != nil {
			pf.running = false
			pf.mu.Unlock()
			return
		}
		job := pf.stack[n-1]
		pf.stack[n-1] = nil
		pf.stack = pf.stack[:n-1]
		pf.mu.Unlock()
		if job.claimed.CompareAndSwap(false, true) {
			ev.runLoad(job)
		}
	}
}
