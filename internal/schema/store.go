package schema

import (
	"context"
	"sync"
)

// Store memoizes loaded indexes and their version facts for a long-running
// process (the language server), so each version is loaded once. It is
// safe for concurrent use. Failed loads are not memoized: the user may fix
// the cause (fill the cache, set --spec-dir) and retry.
type Store struct {
	r *Resolver

	mu      sync.Mutex
	entries map[string]*storeEntry
}

type storeEntry struct {
	once   sync.Once
	loaded *Loaded
	err    error

	factsOnce sync.Once
	facts     *Facts
	factsErr  error
}

// NewStore returns a store resolving versions with r.
func NewStore(r *Resolver) *Store {
	return &Store{r: r, entries: make(map[string]*storeEntry)}
}

// Resolver returns the store's resolver.
func (s *Store) Resolver() *Resolver { return s.r }

func (s *Store) entry(version string) (*storeEntry, string, error) {
	v, err := ParseVersion(version)
	if err != nil {
		return nil, "", err
	}
	key := v.String()
	s.mu.Lock()
	defer s.mu.Unlock()
	e, ok := s.entries[key]
	if !ok {
		e = &storeEntry{}
		s.entries[key] = e
	}
	return e, key, nil
}

func (s *Store) forget(key string, e *storeEntry) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.entries[key] == e {
		delete(s.entries, key)
	}
}

// Load returns the schema of version, loading it on first use.
func (s *Store) Load(ctx context.Context, version string) (*Loaded, error) {
	e, key, err := s.entry(version)
	if err != nil {
		return nil, err
	}
	e.once.Do(func() { e.loaded, e.err = s.r.Load(ctx, version) })
	if e.err != nil {
		s.forget(key, e)
		return nil, e.err
	}
	return e.loaded, nil
}

// Facts returns the schema of version and its version facts.
func (s *Store) Facts(ctx context.Context, version string) (*Loaded, *Facts, error) {
	l, err := s.Load(ctx, version)
	if err != nil {
		return nil, nil, err
	}
	e, key, err := s.entry(version)
	if err != nil {
		return nil, nil, err
	}
	e.factsOnce.Do(func() { e.facts, e.factsErr = s.r.Facts(ctx, l) })
	if e.factsErr != nil {
		s.forget(key, e)
		return nil, nil, e.factsErr
	}
	return l, e.facts, nil
}
