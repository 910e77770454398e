package ingest

import (
	"context"
	"errors"
	"runtime"
	"sync"
	"time"

	"github.com/chronicle-kg/chronicle/extract"
	"github.com/chronicle-kg/chronicle/store"
)

// A sink is what ingest needs of a store: a *store.DB written through a
// store.Batch, or a fake in tests.
type sink interface {
	// Has reports whether the document hash is stored.
	Has(hash string) (bool, error)

	// Put stores a read as r, or reports that it is a duplicate.
	Put(ctx context.Context, a extract.Article, r *extract.Result) (duplicate bool, err error)

	// Commit commits what was put and says what the documents
	// committed since the last Commit added.
	Commit(ctx context.Context) (store.Added, error)

	// Close commits what was put, says what it added, and closes the
	// store.
	Close(ctx context.Context) (store.Added, error)
}

// A dbSink is a store written through a batch.
type dbSink struct {
	db    *store.DB
	batch *store.Batch
}

// newDBSink returns a sink writing to db, which it closes.
func newDBSink(db *store.DB) (*dbSink, error) {
	b, err := db.NewBatch()
	if err != nil {
		db.Close()
		return nil, err
	}
	return &dbSink{db: db, batch: b}, nil
}

func (s *dbSink) Has(hash string) (bool, error) { return s.db.Has(hash) }

func (s *dbSink) Put(ctx context.Context, a extract.Article, r *extract.Result) (bool, error) {
	added, err := s.batch.Put(ctx, a, r)
	return added.Duplicate, err
}

func (s *dbSink) Commit(ctx context.Context) (store.Added, error) { return s.batch.Commit(ctx) }

// Close also collects the value logs' garbage, unless ctx is done.
func (s *dbSink) Close(ctx context.Context) (store.Added, error) {
	added, err := s.batch.Close(ctx)
	if err == nil && ctx.Err() == nil {
		err = s.db.CollectGarbage(ctx)
	}
	if cerr := s.db.Close(); err == nil {
		err = cerr
	}
	return added, err
}

// A job is one article on its way through the pipeline: read, then
// extracted by one of the workers, then stored by the writer in the
// order read.
type job struct {
	seq  int
	a    extract.Article
	size int64 // bytes of text
	r    *extract.Result
}

// A pipeline extracts articles on every core and stores them in the
// order they were read, with at most window articles between reading
// and storing: memory is bounded by the window, not by the input.
//
// A pipeline stops when the store fails. When the ingest's context is
// done, the reader stops sending, and the articles already sent are
// extracted and stored: those read before a cancel are stored, and no
// others.
type pipeline struct {
	parent context.Context // the ingest's
	ctx    context.Context // done when the store fails
	cancel context.CancelCauseFunc
	in     *ingester
	db     sink

	jobs   chan job      // read, to extract
	done   chan job      // extracted, to store
	slots  chan struct{} // one for each article in flight
	seq    int           // sequence number of the next article read
	wg     sync.WaitGroup
	stored chan struct{} // closed when the writer is done
}

// newPipeline starts the workers and the writer of a pipeline storing to
// db.
func newPipeline(ctx context.Context, in *ingester, db sink) *pipeline {
	workers := in.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	pctx, cancel := context.WithCancelCause(context.WithoutCancel(ctx))
	p := &pipeline{
		parent: ctx, ctx: pctx, cancel: cancel, in: in, db: db,
		jobs: make(chan job), done: make(chan job, workers),
		slots: make(chan struct{}, 2*workers+2), stored: make(chan struct{}),
	}
	for range workers {
		p.wg.Add(1)
		go p.extract()
	}
	go func() {
		p.wg.Wait()
		close(p.done)
	}()
	go p.write()
	return p
}

// send passes the article a, read, to the workers, waiting for a slot
// in the window. It fails only when the pipeline has stopped.
func (p *pipeline) send(a extract.Article) error {
	select {
	case p.slots <- struct{}{}:
	case <-p.ctx.Done():
		return context.Cause(p.ctx)
	case <-p.parent.Done():
		return p.parent.Err()
	}
	j := job{seq: p.seq, a: a, size: int64(len(a.Text))}
	p.seq++
	select {
	case p.jobs <- j:
		return nil
	case <-p.ctx.Done():
		return context.Cause(p.ctx)
	}
}

// extract is a worker: it extracts articles until there are no more.
func (p *pipeline) extract() {
	defer p.wg.Done()
	for j := range p.jobs {
		if p.ctx.Err() == nil {
			j.r = extract.Extract(j.a)
		}
		p.done <- j
	}
}

// commitEvery is how often the writer commits what it has stored, at
// the least: a kill loses no more than this much of the work done.
const commitEvery = time.Second

// write stores the extracted articles in the order they were read.
func (p *pipeline) write() {
	defer close(p.stored)
	held := map[int]job{}
	next := 0
	last := time.Now()
	for j := range p.done {
		held[j.seq] = j
		for {
			j, ok := held[next]
			if !ok {
				break
			}
			delete(held, next)
			next++
			if j.r != nil && p.ctx.Err() == nil {
				p.store(j)
			}
			if time.Since(last) >= commitEvery && p.ctx.Err() == nil {
				last = time.Now()
				p.commit()
			}
			<-p.slots
		}
	}
}

// store puts one extracted article. A store error other than bad input
// stops the pipeline.
func (p *pipeline) store(j job) {
	dup, err := p.db.Put(p.ctx, j.a, j.r)
	in := p.in
	switch {
	case errors.Is(err, store.ErrInvalid):
		in.bad(j.a.ID, err)
	case err != nil:
		p.cancel(err)
	default:
		in.stored(dup, j.size)
	}
}

// commit commits what was stored so far, counting what it added. A
// failure stops the pipeline.
func (p *pipeline) commit() {
	added, err := p.db.Commit(p.ctx)
	if err != nil {
		p.cancel(err)
	}
	p.in.mu.Lock()
	p.in.sum.Added = p.in.sum.Added.Plus(added)
	p.in.mu.Unlock()
}

// close waits for the articles sent to be stored, unless the pipeline
// has stopped, and commits them. It returns what stopped the pipeline,
// if anything did, or else the error from committing.
func (p *pipeline) close() (store.Added, error) {
	close(p.jobs)
	<-p.stored
	err := context.Cause(p.ctx)
	// What was stored before the store failed is kept.
	added, cerr := p.db.Close(context.WithoutCancel(p.ctx))
	p.cancel(nil)
	if err == nil {
		err = cerr
	}
	return added, err
}

// A dryRun is the sink of Options.DryRun: it stores nothing and finds
// nothing stored.
type dryRun struct{}

func (dryRun) Has(string) (bool, error) { return false, nil }

func (dryRun) Put(context.Context, extract.Article, *extract.Result) (bool, error) {
	return false, nil
}

func (dryRun) Commit(context.Context) (store.Added, error) { return store.Added{}, nil }

func (dryRun) Close(context.Context) (store.Added, error) { return store.Added{}, nil }
