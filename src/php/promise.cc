// SPDX-License-Identifier: MIT
// Event\Promise (Promises/A+), the microtask queue, and Event\async / await / sleep on Fibers.
#include "promise.h"

#include <deque>
#include <vector>

#include "emitter.h"
#include "errors.h"
#include "invoke.h"
#include "loop_state.h"
#include "object.h"

extern "C" {
#include "zend_closures.h"
#include "zend_exceptions.h"
#include "zend_fibers.h"
#include "zend_interfaces.h"
#include "promise_arginfo.h"
// Event\async, Event\await, Event\sleep (their arginfo is functions_arginfo.h).
ZEND_FUNCTION(Event_async);
ZEND_FUNCTION(Event_await);
ZEND_FUNCTION(Event_sleep);
}

namespace edges::php {

zend_class_entry *edges_promise_ce;
zend_class_entry *edges_aggregate_exception_ce;

namespace {

zend_object_handlers promise_handlers;

enum class State : uint8_t { kPending, kFulfilled, kRejected };

// What a settled promise does for each of its reactions (one microtask each).
enum class Kind : uint8_t {
    kThen,         // call on_fulfilled / on_rejected, settle `target` with the outcome
    kFinally,      // call on_fulfilled (the finally callback), then pass the result on to `target`
    kFinallyWait,  // the finally callback returned a promise: when it fulfills, `target` takes `original`'s
                   // result
    kAdopt,        // `target` takes this promise's result (a promise resolved with a promise)
    kAwait,        // resume the Fiber `target` with the value, or throw the reason into it
    kTopAwait,     // a top-level await is waiting: stop the loop
    kCombine,      // one input of all/allSettled/any/race: report to `combiner`
    kMap,          // settle `target` with map(value), or the same rejection
    kNative,       // call native(target, fulfilled, value): the binding's own continuation
};

struct Combiner;

struct Reaction {
    Kind kind;
    zval on_fulfilled, on_rejected;  // kThen, kFinally
    zend_object *target;             // held
    zend_object *original;           // kFinallyWait, held
    Combiner *combiner;              // kCombine
    uint32_t index;
    void (*map)(zval *in, zval *out);                                  // kMap
    void (*native)(zend_object *target, bool fulfilled, zval *value);  // kNative
};

struct PromiseData {
    std::vector<Reaction> *reactions;
    zval result;
    zval preset;  // what fulfillPreset() fulfills with
    zval detach;  // a listener fulfillPreset() takes off the preset's 'error' first
    State state;
    bool handled;    // a reaction was attached, or it was awaited
    bool locked;     // resolve/reject was called (A+ 2.3: the first call wins)
    bool unhandled;  // rejected without handlers: in the list checked after the microtasks
};
using PromiseObject = Object<PromiseData>;

PromiseData &data_of(zend_object *p) { return PromiseObject::from(p)->data; }

// all / allSettled / any / race: results by input index, settled into `target`.
enum class CombineKind : uint8_t { kAll, kAllSettled, kAny, kRace };
struct Combiner {
    CombineKind kind;
    zend_object *target;  // held
    zval results;         // array: index => value / settled record / reason
    uint32_t count;       // inputs
    uint32_t left;        // not settled yet
    uint32_t refs;        // reactions pointing here
    std::vector<zval> keys;
    bool done;
};

// The resolution procedure's thenable step: $x->then($resolve, $reject), as a microtask.
struct ThenableJob {
    zend_object *promise;  // held
    zval thenable;
};

// One microtask: a reaction of a settled promise, or a thenable to call.
struct Job {
    Reaction reaction;
    zend_object *settled;  // the promise that settled (held); null for a thenable job
    ThenableJob *thenable;
};

std::deque<Job> queue;
std::vector<zend_object *> unhandled;  // held
bool draining;
bool top_await_settled;

void reaction_free(Reaction &r) {
    zval_ptr_dtor(&r.on_fulfilled);
    zval_ptr_dtor(&r.on_rejected);
    if (r.target) OBJ_RELEASE(r.target);
    if (r.original) OBJ_RELEASE(r.original);
    if (r.combiner && --r.combiner->refs == 0) {
        if (r.combiner->target) OBJ_RELEASE(r.combiner->target);
        zval_ptr_dtor(&r.combiner->results);
        for (zval &k : r.combiner->keys) zval_ptr_dtor(&k);
        delete r.combiner;
    }
}

void job_free(Job &job) {
    reaction_free(job.reaction);
    if (job.settled) OBJ_RELEASE(job.settled);
    if (ThenableJob *t = job.thenable) {
        OBJ_RELEASE(t->promise);
        zval_ptr_dtor(&t->thenable);
        delete t;
    }
}

zend_object *promise_create(zend_class_entry *ce) {
    zend_object *obj = PromiseObject::create(ce, &promise_handlers);
    data_of(obj).reactions = new std::vector<Reaction>();
    return obj;
}

void promise_free(zend_object *obj) {
    PromiseData &d = data_of(obj);
    if (d.reactions) {
        for (Reaction &r : *d.reactions) reaction_free(r);
        delete d.reactions;
        d.reactions = nullptr;
    }
    zval_ptr_dtor(&d.result);
    zval_ptr_dtor(&d.preset);
    zval_ptr_dtor(&d.detach);
    zend_object_std_dtor(obj);
}

HashTable *promise_get_gc(zend_object *obj, zval **table, int *n) {
    PromiseData &d = data_of(obj);
    zend_get_gc_buffer *buf = zend_get_gc_buffer_create();
    zend_get_gc_buffer_add_zval(buf, &d.result);
    zend_get_gc_buffer_add_zval(buf, &d.preset);
    zend_get_gc_buffer_add_zval(buf, &d.detach);
    if (d.reactions) {
        for (Reaction &r : *d.reactions) {
            zend_get_gc_buffer_add_zval(buf, &r.on_fulfilled);
            zend_get_gc_buffer_add_zval(buf, &r.on_rejected);
            if (r.target) zend_get_gc_buffer_add_obj(buf, r.target);
            if (r.original) zend_get_gc_buffer_add_obj(buf, r.original);
        }
    }
    zend_get_gc_buffer_use(buf, table, n);
    return zend_std_get_properties(obj);
}

bool is_promise(zval *v) { return Z_TYPE_P(v) == IS_OBJECT && Z_OBJCE_P(v) == edges_promise_ce; }

void enqueue(const Reaction &r, zend_object *settled) {
    GC_ADDREF(settled);
    queue.push_back(Job{r, settled, nullptr});
}

// Settles for good: queues every reaction.
void settle(zend_object *p, State state, zval *value) {
    PromiseData &d = data_of(p);
    if (d.state != State::kPending) return;
    d.state = state;
    ZVAL_COPY(&d.result, value);
    std::vector<Reaction> reactions;
    reactions.swap(*d.reactions);
    for (Reaction &r : reactions) enqueue(r, p);
    if (state == State::kRejected && !d.handled && !d.unhandled) {
        d.unhandled = true;
        GC_ADDREF(p);
        unhandled.push_back(p);
    }
}

void add_reaction(zend_object *p, Reaction r) {
    PromiseData &d = data_of(p);
    d.handled = true;
    if (d.state == State::kPending) {
        d.reactions->push_back(r);
    } else {
        enqueue(r, p);
    }
}

Reaction reaction(Kind kind) {
    Reaction r;
    memset(&r, 0, sizeof(r));
    r.kind = kind;
    ZVAL_UNDEF(&r.on_fulfilled);
    ZVAL_UNDEF(&r.on_rejected);
    return r;
}

// The exception a callback threw rejects `p`; an exit() (or a Fiber's destruction) is no
// rejection: it stays in EG(exception) and unwinds on to run_from_loop(), which ends the process.
void reject_with_exception(zend_object *p) {
    if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) return;
    zval ex;
    ZVAL_OBJ(&ex, EG(exception));
    EG(exception) = nullptr;
    zend_clear_exception();
    promise_reject(p, &ex);
    zval_ptr_dtor(&ex);
}

void call_thenable(void *ctx) {
    auto *t = static_cast<ThenableJob *>(ctx);
    // The thenable gets a fresh pair: the first of its calls settles the promise.
    data_of(t->promise).locked = false;
    zval fns[2], ret;
    method_closure(t->promise, "resolver", &fns[0]);
    method_closure(t->promise, "rejecter", &fns[1]);
    zend_call_method(Z_OBJ(t->thenable), Z_OBJCE(t->thenable), nullptr, "then", 4, &ret, 2, &fns[0], &fns[1]);
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&fns[0]);
    zval_ptr_dtor(&fns[1]);
    if (EG(exception)) reject_with_exception(t->promise);
}

void run_then(Reaction &r, State state, zval *value) {
    zval *handler = state == State::kFulfilled ? &r.on_fulfilled : &r.on_rejected;
    if (Z_TYPE_P(handler) == IS_UNDEF) {
        state == State::kFulfilled ? promise_resolve(r.target, value) : promise_reject(r.target, value);
        return;
    }
    zval ret;
    call(handler, 1, value, &ret);
    if (EG(exception)) {
        reject_with_exception(r.target);
        return;
    }
    promise_resolve(r.target, &ret);
    zval_ptr_dtor(&ret);
}

void run_finally(Reaction &r, zend_object *settled, State state, zval *value) {
    zval ret;
    call(&r.on_fulfilled, 0, nullptr, &ret);
    if (EG(exception)) {
        reject_with_exception(r.target);
        return;
    }
    if (is_promise(&ret)) {
        Reaction w = reaction(Kind::kFinallyWait);
        w.target = r.target;
        GC_ADDREF(w.target);
        w.original = settled;
        GC_ADDREF(settled);
        add_reaction(Z_OBJ(ret), w);
    } else {
        state == State::kFulfilled ? promise_resolve(r.target, value) : promise_reject(r.target, value);
    }
    zval_ptr_dtor(&ret);
}

void combine(Combiner &c, uint32_t index, State state, zval *value) {
    if (c.done) return;
    auto finish_all = [&c]() {
        c.done = true;
        zval list;
        array_init_size(&list, c.count);
        for (uint32_t i = 0; i < c.count; i++) {
            zval *v = zend_hash_index_find(Z_ARRVAL(c.results), i);
            zval copy;
            ZVAL_COPY(&copy, v);
            // The inputs' keys stay (a list stays a list, a map a map).
            zval *k = &c.keys[i];
            if (Z_TYPE_P(k) == IS_STRING) {
                zend_symtable_update(Z_ARRVAL(list), Z_STR_P(k), &copy);
            } else if (Z_TYPE_P(k) == IS_LONG) {
                zend_hash_index_update(Z_ARRVAL(list), zend_ulong(Z_LVAL_P(k)), &copy);
            } else {
                zend_hash_next_index_insert(Z_ARRVAL(list), &copy);
            }
        }
        promise_resolve(c.target, &list);
        zval_ptr_dtor(&list);
    };
    zval copy;
    switch (c.kind) {
        case CombineKind::kRace:
            c.done = true;
            state == State::kFulfilled ? promise_resolve(c.target, value) : promise_reject(c.target, value);
            return;
        case CombineKind::kAll:
            if (state == State::kRejected) {
                c.done = true;
                promise_reject(c.target, value);
                return;
            }
            ZVAL_COPY(&copy, value);
            zend_hash_index_update(Z_ARRVAL(c.results), index, &copy);
            break;
        case CombineKind::kAllSettled:
            array_init(&copy);
            add_assoc_string(&copy, "status", state == State::kFulfilled ? "fulfilled" : "rejected");
            Z_TRY_ADDREF_P(value);
            add_assoc_zval(&copy, state == State::kFulfilled ? "value" : "reason", value);
            zend_hash_index_update(Z_ARRVAL(c.results), index, &copy);
            break;
        case CombineKind::kAny:
            if (state == State::kFulfilled) {
                c.done = true;
                promise_resolve(c.target, value);
                return;
            }
            ZVAL_COPY(&copy, value);
            zend_hash_index_update(Z_ARRVAL(c.results), index, &copy);
            break;
    }
    if (--c.left > 0) return;
    if (c.kind != CombineKind::kAny) {
        finish_all();
        return;
    }
    c.done = true;
    zval ex, errors;
    object_init_ex(&ex, edges_aggregate_exception_ce);
    zend_update_property_string(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"),
                                "every promise given to Event\\Promise::any() was rejected");
    array_init_size(&errors, c.count);
    for (uint32_t i = 0; i < c.count; i++) {
        zval *v = zend_hash_index_find(Z_ARRVAL(c.results), i);
        Z_TRY_ADDREF_P(v);
        add_next_index_zval(&errors, v);
    }
    zend_update_property(edges_aggregate_exception_ce, Z_OBJ(ex), ZEND_STRL("errors"), &errors);
    zval_ptr_dtor(&errors);
    promise_reject(c.target, &ex);
    zval_ptr_dtor(&ex);
}

void resume_fiber(zend_object *fiber, State state, zval *value) {
    zval ret;
    if (state == State::kFulfilled) {
        zend_call_method(fiber, zend_ce_fiber, nullptr, "resume", 6, &ret, 1, value, nullptr);
    } else {
        zend_call_method(fiber, zend_ce_fiber, nullptr, "throw", 5, &ret, 1, value, nullptr);
    }
    zval_ptr_dtor(&ret);
}

void run_job(void *ctx) {
    Job &job = *static_cast<Job *>(ctx);
    Reaction &r = job.reaction;
    PromiseData &d = data_of(job.settled);
    switch (r.kind) {
        case Kind::kThen:
            run_then(r, d.state, &d.result);
            break;
        case Kind::kFinally:
            run_finally(r, job.settled, d.state, &d.result);
            break;
        case Kind::kFinallyWait:
            if (d.state == State::kRejected) {
                promise_reject(r.target, &d.result);
            } else {
                PromiseData &o = data_of(r.original);
                o.state == State::kFulfilled ? promise_resolve(r.target, &o.result)
                                             : promise_reject(r.target, &o.result);
            }
            break;
        case Kind::kAdopt:
            d.state == State::kFulfilled ? promise_resolve(r.target, &d.result)
                                         : promise_reject(r.target, &d.result);
            break;
        case Kind::kAwait:
            resume_fiber(r.target, d.state, &d.result);
            break;
        case Kind::kTopAwait:
            top_await_settled = true;
            if (loop_exists() && loop().running()) loop().stop();
            break;
        case Kind::kCombine:
            combine(*r.combiner, r.index, d.state, &d.result);
            break;
        case Kind::kMap: {
            if (d.state == State::kRejected) {
                promise_reject(r.target, &d.result);
                break;
            }
            zval out;
            ZVAL_UNDEF(&out);
            r.map(&d.result, &out);
            if (EG(exception)) {
                zval_ptr_dtor(&out);
                reject_with_exception(r.target);
                break;
            }
            promise_resolve(r.target, &out);
            zval_ptr_dtor(&out);
            break;
        }
        case Kind::kNative:
            r.native(r.target, d.state == State::kFulfilled, &d.result);
            break;
    }
}

void report_reason(void *ctx) {
    zval *reason = static_cast<zval *>(ctx);
    Z_ADDREF_P(reason);
    zend_throw_exception_object(reason);
}

// The resolver/rejecter closures of a promise (given to executors and thenables).
void resolver_pair(zend_object *p, zval *resolve, zval *reject) {
    method_closure(p, "resolver", resolve);
    method_closure(p, "rejecter", reject);
}

zend_object *combinator(CombineKind kind, zval *iterable) {
    zend_object *target = promise_new();
    auto *c = new Combiner();
    c->kind = kind;
    c->target = target;
    GC_ADDREF(target);
    array_init(&c->results);
    c->refs = 1;  // ours, while the inputs are attached
    std::vector<zval> inputs;
    auto take = [&](zval *key, zval *v) {
        zval k, item;
        if (key && (Z_TYPE_P(key) == IS_STRING || Z_TYPE_P(key) == IS_LONG)) {
            ZVAL_COPY(&k, key);
        } else {
            ZVAL_NULL(&k);
        }
        c->keys.push_back(k);
        ZVAL_COPY(&item, v);
        inputs.push_back(item);
    };
    if (Z_TYPE_P(iterable) == IS_ARRAY) {
        zend_string *skey;
        zend_ulong ikey;
        zval *v;
        ZEND_HASH_FOREACH_KEY_VAL(Z_ARRVAL_P(iterable), ikey, skey, v) {
            zval k;
            if (skey) {
                ZVAL_STR(&k, skey);
            } else {
                ZVAL_LONG(&k, zend_long(ikey));
            }
            take(&k, v);
        }
        ZEND_HASH_FOREACH_END();
    } else {
        zend_object_iterator *it = Z_OBJCE_P(iterable)->get_iterator(Z_OBJCE_P(iterable), iterable, 0);
        if (it) {
            if (it->funcs->rewind) it->funcs->rewind(it);
            while (!EG(exception) && it->funcs->valid(it) == SUCCESS) {
                zval *v = it->funcs->get_current_data(it);
                zval k;
                ZVAL_NULL(&k);
                if (it->funcs->get_current_key) it->funcs->get_current_key(it, &k);
                if (EG(exception)) break;
                take(&k, v);
                zval_ptr_dtor(&k);
                it->funcs->move_forward(it);
            }
            zend_iterator_dtor(it);
        }
    }
    c->count = c->left = uint32_t(inputs.size());
    for (uint32_t i = 0; i < inputs.size(); i++) {
        zend_object *input;
        if (is_promise(&inputs[i])) {
            input = Z_OBJ(inputs[i]);
            GC_ADDREF(input);
        } else {
            input = promise_new();
            promise_resolve(input, &inputs[i]);
        }
        Reaction r = reaction(Kind::kCombine);
        r.combiner = c;
        r.index = i;
        c->refs++;
        add_reaction(input, r);
        OBJ_RELEASE(input);
        zval_ptr_dtor(&inputs[i]);
    }
    if (c->count == 0 && !c->done) {
        c->done = true;
        if (kind == CombineKind::kAny) {
            zval ex;
            object_init_ex(&ex, edges_aggregate_exception_ce);
            zend_update_property_string(zend_ce_exception, Z_OBJ(ex), ZEND_STRL("message"),
                                        "Event\\Promise::any() was given no promises");
            promise_reject(target, &ex);
            zval_ptr_dtor(&ex);
        } else if (kind != CombineKind::kRace) {  // race([]) stays pending, as JavaScript's
            zval empty;
            array_init(&empty);
            promise_resolve(target, &empty);
            zval_ptr_dtor(&empty);
        }
    }
    Reaction mine = reaction(Kind::kCombine);
    mine.combiner = c;
    reaction_free(mine);  // drops our own count
    return target;
}

// ---- the Fibers handlers run in

struct FiberJob {
    zend_object *obj;  // held
    zend_string *event;
    uint32_t argc;
    zval argv[4];
    void (*late_failure)(zend_object *target);
    zend_object *target;  // held, may be null
    zend_object *thrown;  // what the listeners threw before returning (for the caller)
    bool done;
    bool suspended;  // the caller returned: the job finishes on its own
};

std::vector<zend_object *> idle_fibers;  // held, each suspended at the top of work()
FiberJob *next_job;
zend_function *fiber_resume_fn, *fiber_suspend_fn, *fiber_start_fn;

void job_release(FiberJob *job) {
    OBJ_RELEASE(job->obj);
    for (uint32_t i = 0; i < job->argc; i++) zval_ptr_dtor(&job->argv[i]);
    if (job->target) OBJ_RELEASE(job->target);
    if (job->thrown) OBJ_RELEASE(job->thrown);
    delete job;
}

// Fiber::suspend() from inside a Fiber: the value resumed with is dropped.
void fiber_suspend() {
    zval ret;
    zend_call_known_function(fiber_suspend_fn, nullptr, zend_ce_fiber, &ret, 0, nullptr, nullptr);
    zval_ptr_dtor(&ret);
}

zend_object *new_worker() {
    zval fiber, body, ret;
    zend_function *work = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&edges_promise_ce->function_table, ZEND_STRL("work")));
    zend_create_fake_closure(&body, work, edges_promise_ce, edges_promise_ce, nullptr);
    object_init_ex(&fiber, zend_ce_fiber);
    zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, Z_OBJ(fiber), nullptr, &body);
    zval_ptr_dtor(&body);
    if (!EG(exception))
        zend_call_known_instance_method_with_0_params(fiber_start_fn, Z_OBJ(fiber),
                                                      &ret);  // to the idle point
    zval_ptr_dtor(&ret);
    if (EG(exception)) {
        zval_ptr_dtor(&fiber);
        return nullptr;
    }
    return Z_OBJ(fiber);
}

}  // namespace

zend_object *promise_new() { return promise_create(edges_promise_ce); }

void emit_in_fiber(zend_object *obj, zend_string *event, uint32_t argc, zval *argv,
                   void (*late_failure)(zend_object *target), zend_object *target) {
    zend_object *fiber;
    if (!idle_fibers.empty()) {
        fiber = idle_fibers.back();
        idle_fibers.pop_back();
    } else {
        fiber = new_worker();
        if (!fiber) return;  // EG(exception) says why
    }
    auto *job = new FiberJob();
    job->obj = obj;
    GC_ADDREF(obj);
    job->event = event;
    job->argc = argc;
    for (uint32_t i = 0; i < argc; i++) ZVAL_COPY(&job->argv[i], &argv[i]);
    job->late_failure = late_failure;
    job->target = target;
    if (target) GC_ADDREF(target);
    next_job = job;
    zval ret;
    ZVAL_UNDEF(&ret);
    // A fatal error in the Fiber (its handler's, or one PHP raises when the Fiber cannot go
    // back to idle after one) comes out of resume() as a bailout: the job is let go before the
    // bailout goes on, or no one would (PHP runs no more code after it).
    volatile bool bailed = false;
    zend_try { zend_call_known_instance_method_with_0_params(fiber_resume_fn, fiber, &ret); }
    zend_catch { bailed = true; }
    zend_end_try();
    if (bailed) {
        OBJ_RELEASE(fiber);
        job_release(job);
        zend_bailout();
    }
    zval_ptr_dtor(&ret);
    OBJ_RELEASE(fiber);  // the pool, or the promise it awaits, holds it now
    if (!job->done) {
        job->suspended = true;  // it finishes later, on its own
        return;
    }
    if (job->thrown && !EG(exception)) {
        zend_object *ex = job->thrown;
        job->thrown = nullptr;
        zend_throw_exception_internal(ex);
    }
    job_release(job);
}

namespace {
struct HeldEmit {
    zend_object *obj;
    zend_string *event;
    uint32_t argc;
    zval *argv;
};
void emit_held_in_fiber_body(void *ctx) {
    auto *e = static_cast<HeldEmit *>(ctx);
    emit_in_fiber(e->obj, e->event, e->argc, e->argv, nullptr, nullptr);
}
}  // namespace

bool emit_held_in_fiber(zend_object *obj, zend_string *event, uint32_t argc, zval *argv) {
    if (!listener_count(obj, event)) return false;
    GC_ADDREF(obj);
    HeldEmit e{obj, event, argc, argv};
    run_from_loop(emit_held_in_fiber_body, &e);
    OBJ_RELEASE(obj);
    return true;
}

void promise_reject(zend_object *p, zval *reason) { settle(p, State::kRejected, reason); }

void promise_resolve(zend_object *p, zval *value) {
    if (Z_TYPE_P(value) == IS_OBJECT && Z_OBJ_P(value) == p) {
        zval ex;
        object_init_ex(&ex, zend_ce_type_error);
        zend_update_property_string(zend_ce_error, Z_OBJ(ex), ZEND_STRL("message"),
                                    "a promise cannot be resolved with itself");
        settle(p, State::kRejected, &ex);
        zval_ptr_dtor(&ex);
        return;
    }
    if (is_promise(value)) {
        Reaction r = reaction(Kind::kAdopt);
        r.target = p;
        GC_ADDREF(p);
        add_reaction(Z_OBJ_P(value), r);
        return;
    }
    if (Z_TYPE_P(value) == IS_OBJECT &&
        zend_hash_str_exists(&Z_OBJCE_P(value)->function_table, ZEND_STRL("then"))) {
        auto *t = new ThenableJob{p, {}};
        GC_ADDREF(p);
        ZVAL_COPY(&t->thenable, value);
        queue.push_back(Job{reaction(Kind::kThen), nullptr, t});
        return;
    }
    settle(p, State::kFulfilled, value);
}

zend_object *promise_call(zend_class_entry *ce, const char *fn, uint32_t argc, zval *argv) {
    zend_function *f =
        static_cast<zend_function *>(zend_hash_str_find_ptr_lc(&ce->function_table, fn, strlen(fn)));
    if (!f) {
        zend_throw_error(nullptr, "%s::%s() does not exist", ZSTR_VAL(ce->name), fn);
        return nullptr;
    }
    zend_object *p = promise_new();
    std::vector<zval> args(argv, argv + argc);
    zval cb, ret;
    method_closure(p, "settle", &cb);
    args.push_back(cb);
    zend_call_known_function(f, nullptr, ce, &ret, uint32_t(args.size()), args.data(), nullptr);
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&cb);
    if (EG(exception)) {
        OBJ_RELEASE(p);
        return nullptr;
    }
    return p;
}

void promise_fulfiller(zend_object *p, zval *value, zval *out) {
    PromiseData &d = data_of(p);
    zval_ptr_dtor(&d.preset);
    ZVAL_COPY(&d.preset, value);
    method_closure(p, "fulfillPreset", out);
}

void promise_settle_by_events(zend_object *p, zend_object *emitter, zend_string *success) {
    zval self, fulfill, reject;
    ZVAL_OBJ(&self, emitter);
    promise_fulfiller(p, &self, &fulfill);
    method_closure(p, "rejecter", &reject);
    PromiseData &d = data_of(p);
    zval_ptr_dtor(&d.detach);
    ZVAL_COPY(&d.detach, &reject);
    listeners_add(emitter, success, &fulfill, true);
    listeners_add(emitter, str_error, &reject, true);
    zval_ptr_dtor(&fulfill);
    zval_ptr_dtor(&reject);
}

zend_object *promise_map(zend_object *p, void (*map)(zval *in, zval *out)) {
    zend_object *target = promise_new();
    Reaction r = reaction(Kind::kMap);
    r.target = target;
    GC_ADDREF(target);
    r.map = map;
    add_reaction(p, r);
    return target;
}

void promise_on_settle(zend_object *p, void (*fn)(zend_object *target, bool fulfilled, zval *value),
                       zend_object *target) {
    Reaction r = reaction(Kind::kNative);
    r.target = target;
    GC_ADDREF(target);
    r.native = fn;
    add_reaction(p, r);
}

zend_object *promise_async(zval *fn, uint32_t argc, zval *argv) {
    zend_object *p = promise_new();
    zval body, fiber, list, ret;
    method_closure(p, "run", &body);
    object_init_ex(&fiber, zend_ce_fiber);
    zend_call_known_instance_method_with_1_params(zend_ce_fiber->constructor, Z_OBJ(fiber), nullptr, &body);
    zval_ptr_dtor(&body);
    array_init_size(&list, argc);
    for (uint32_t i = 0; i < argc; i++) {
        Z_TRY_ADDREF(argv[i]);
        add_next_index_zval(&list, &argv[i]);
    }
    if (!EG(exception)) {
        zend_call_known_instance_method_with_2_params(fiber_start_fn, Z_OBJ(fiber), &ret, fn, &list);
        zval_ptr_dtor(&ret);
    }
    zval_ptr_dtor(&list);
    zval_ptr_dtor(&fiber);  // a suspended Fiber lives on through the reaction that resumes it
    if (EG(exception)) {
        OBJ_RELEASE(p);
        return nullptr;
    }
    return p;
}

bool microtasks_pending() { return !queue.empty(); }

void microtasks_drain() {
    if (draining || aborting()) return;
    draining = true;
    while (!queue.empty() && !aborting()) {
        Job job = queue.front();
        queue.pop_front();
        run_from_loop(job.thenable ? call_thenable : run_job,
                      job.thenable ? static_cast<void *>(job.thenable) : &job);
        job_free(job);
    }
    // Rejections still without a handler once the microtasks ran: reported as uncaught.
    std::vector<zend_object *> list;
    list.swap(unhandled);
    for (zend_object *p : list) {
        PromiseData &d = data_of(p);
        d.unhandled = false;
        if (!d.handled && !aborting()) {
            d.handled = true;
            run_from_loop(report_reason, &d.result);
        }
        OBJ_RELEASE(p);
    }
    draining = false;
    if (!queue.empty() && !aborting()) microtasks_drain();  // the reports' handlers queued more
}

void promise_minit() {
    edges_promise_ce = register_class_Event_Promise();
    edges_promise_ce->create_object = promise_create;
    init_handlers(promise_handlers, XtOffsetOf(PromiseObject, std), promise_free, promise_get_gc);
    edges_aggregate_exception_ce = register_class_Event_AggregateException(edges_exception_ce);
    fiber_resume_fn = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("resume")));
    fiber_suspend_fn = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("suspend")));
    fiber_start_fn = static_cast<zend_function *>(
        zend_hash_str_find_ptr(&zend_ce_fiber->function_table, ZEND_STRL("start")));
}

void promise_rshutdown() {
    for (zend_object *f : idle_fibers) OBJ_RELEASE(f);  // each ends at its idle point
    idle_fibers.clear();
    for (Job &job : queue) job_free(job);
    queue.clear();
    for (zend_object *p : unhandled) OBJ_RELEASE(p);
    unhandled.clear();
    draining = false;
}

}  // namespace edges::php

using namespace edges::php;

namespace {

zend_object *this_promise(zval *self) { return Z_OBJ_P(self); }

void then_method(INTERNAL_FUNCTION_PARAMETERS, zval *on_fulfilled, zval *on_rejected, Kind kind) {
    zend_object *target = promise_new();
    Reaction r = reaction(kind);
    if (on_fulfilled) ZVAL_COPY(&r.on_fulfilled, on_fulfilled);
    if (on_rejected) ZVAL_COPY(&r.on_rejected, on_rejected);
    r.target = target;
    GC_ADDREF(target);
    add_reaction(this_promise(ZEND_THIS), r);
    RETURN_OBJ(target);
}

void combinator_method(INTERNAL_FUNCTION_PARAMETERS, CombineKind kind) {
    zval *iterable;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_ITERABLE(iterable)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = combinator(kind, iterable);
    if (EG(exception)) {
        OBJ_RELEASE(p);
        RETURN_THROWS();
    }
    RETURN_OBJ(p);
}

}  // namespace

ZEND_METHOD(Event_Promise, __construct) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    zval fns[2], ret;
    resolver_pair(Z_OBJ_P(ZEND_THIS), &fns[0], &fns[1]);
    call(&fci.function_name, 2, fns, &ret);
    zval_ptr_dtor(&ret);
    zval_ptr_dtor(&fns[0]);
    zval_ptr_dtor(&fns[1]);
    if (EG(exception) && !zend_is_unwind_exit(EG(exception)) && !zend_is_graceful_exit(EG(exception))) {
        PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
        if (d.locked) {
            zend_clear_exception();  // resolved first: a later throw changes nothing (as JavaScript's)
            return;
        }
        d.locked = true;
        reject_with_exception(Z_OBJ_P(ZEND_THIS));
    }
}

ZEND_METHOD(Event_Promise, then) {
    zval *on_fulfilled = nullptr, *on_rejected = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL_OR_NULL(on_fulfilled)
        Z_PARAM_ZVAL_OR_NULL(on_rejected)
    ZEND_PARSE_PARAMETERS_END();
    for (int i = 0; i < 2; i++) {
        zval *f = i ? on_rejected : on_fulfilled;
        if (f && !zend_is_callable(f, 0, nullptr)) {
            zend_argument_type_error(i + 1, "must be a valid callback or null, %s given",
                                     zend_zval_type_name(f));
            RETURN_THROWS();
        }
    }
    then_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, on_fulfilled, on_rejected, Kind::kThen);
}

ZEND_METHOD(Event_Promise, catch) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    then_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, nullptr, &fci.function_name, Kind::kThen);
}

ZEND_METHOD(Event_Promise, finally) {
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_FUNC(fci, fcc)
    ZEND_PARSE_PARAMETERS_END();
    then_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, &fci.function_name, nullptr, Kind::kFinally);
}

ZEND_METHOD(Event_Promise, state) {
    ZEND_PARSE_PARAMETERS_NONE();
    switch (data_of(Z_OBJ_P(ZEND_THIS)).state) {
        case State::kPending:
            RETURN_STRING("pending");
        case State::kFulfilled:
            RETURN_STRING("fulfilled");
        case State::kRejected:
            RETURN_STRING("rejected");
    }
}

ZEND_METHOD(Event_Promise, resolve) {
    zval *value = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    if (value && is_promise(value)) RETURN_COPY(value);  // as JavaScript's: the same promise
    zend_object *p = promise_new();
    zval null;
    ZVAL_NULL(&null);
    data_of(p).locked = true;
    promise_resolve(p, value ? value : &null);
    RETURN_OBJ(p);
}

ZEND_METHOD(Event_Promise, reject) {
    zval *reason;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(reason, zend_ce_throwable)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = promise_new();
    data_of(p).locked = true;
    promise_reject(p, reason);
    RETURN_OBJ(p);
}

ZEND_METHOD(Event_Promise, all) { combinator_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, CombineKind::kAll); }
ZEND_METHOD(Event_Promise, allSettled) {
    combinator_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, CombineKind::kAllSettled);
}
ZEND_METHOD(Event_Promise, any) { combinator_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, CombineKind::kAny); }
ZEND_METHOD(Event_Promise, race) { combinator_method(INTERNAL_FUNCTION_PARAM_PASSTHRU, CombineKind::kRace); }

ZEND_METHOD(Event_Promise, resolver) {
    zval *value = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
    if (d.locked) return;
    d.locked = true;
    zval null;
    ZVAL_NULL(&null);
    promise_resolve(Z_OBJ_P(ZEND_THIS), value ? value : &null);
}

ZEND_METHOD(Event_Promise, rejecter) {
    zval *reason = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 1)
        Z_PARAM_OPTIONAL
        Z_PARAM_ZVAL(reason)
    ZEND_PARSE_PARAMETERS_END();
    if (!reason || Z_TYPE_P(reason) != IS_OBJECT ||
        !instanceof_function(Z_OBJCE_P(reason), zend_ce_throwable)) {
        zend_type_error("a promise's reject function must be given a Throwable, %s given",
                        reason ? zend_zval_type_name(reason) : "nothing");
        RETURN_THROWS();
    }
    PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
    if (d.locked) return;
    d.locked = true;
    promise_reject(Z_OBJ_P(ZEND_THIS), reason);
}

ZEND_METHOD(Event_Promise, run) {
    zval *fn, *args;
    ZEND_PARSE_PARAMETERS_START(2, 2)
        Z_PARAM_ZVAL(fn)
        Z_PARAM_ARRAY(args)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = Z_OBJ_P(ZEND_THIS);
    zval ret;
    zend_fcall_info fci;
    zend_fcall_info_cache fcc;
    if (zend_fcall_info_init(fn, 0, &fci, &fcc, nullptr, nullptr) != SUCCESS) return;
    fci.retval = &ret;
    zend_fcall_info_args(&fci, args);
    zend_call_function(&fci, &fcc);
    zend_fcall_info_args_clear(&fci, 1);
    data_of(p).locked = true;
    if (EG(exception)) {
        reject_with_exception(p);  // not an exit(): that unwinds on
        return;
    }
    promise_resolve(p, &ret);
    zval_ptr_dtor(&ret);
}

ZEND_METHOD(Event_Promise, settle) {
    zval *error = nullptr, *value = nullptr;
    ZEND_PARSE_PARAMETERS_START(0, 2)
        Z_PARAM_OPTIONAL
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(error, zend_ce_throwable)
        Z_PARAM_ZVAL(value)
    ZEND_PARSE_PARAMETERS_END();
    PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
    if (d.locked) return;
    d.locked = true;
    zval null;
    ZVAL_NULL(&null);
    error ? promise_reject(Z_OBJ_P(ZEND_THIS), error)
          : promise_resolve(Z_OBJ_P(ZEND_THIS), value ? value : &null);
}

ZEND_METHOD(Event_Promise, settleExec) {
    zval *error = nullptr;
    zend_string *out, *err;
    zend_long code;
    ZEND_PARSE_PARAMETERS_START(4, 4)
        Z_PARAM_OBJECT_OF_CLASS_OR_NULL(error, zend_ce_throwable)
        Z_PARAM_STR(out)
        Z_PARAM_STR(err)
        Z_PARAM_LONG(code)
    ZEND_PARSE_PARAMETERS_END();
    PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
    if (d.locked) return;
    d.locked = true;
    if (error) {
        promise_reject(Z_OBJ_P(ZEND_THIS), error);
        return;
    }
    zval result;
    array_init_size(&result, 3);
    add_assoc_str(&result, "stdout", zend_string_copy(out));
    add_assoc_str(&result, "stderr", zend_string_copy(err));
    add_assoc_long(&result, "code", code);
    promise_resolve(Z_OBJ_P(ZEND_THIS), &result);
    zval_ptr_dtor(&result);
}

ZEND_METHOD(Event_Promise, fulfillPreset) {
    zval *ignored;
    uint32_t n;
    ZEND_PARSE_PARAMETERS_START(0, -1)
        Z_PARAM_VARIADIC('*', ignored, n)
    ZEND_PARSE_PARAMETERS_END();
    (void)ignored;
    (void)n;
    PromiseData &d = data_of(Z_OBJ_P(ZEND_THIS));
    if (d.locked) return;
    d.locked = true;
    // Its 'error' is the application's again (not a rejection of a settled promise).
    if (Z_TYPE(d.detach) != IS_UNDEF && Z_TYPE(d.preset) == IS_OBJECT) {
        listeners_remove(Z_OBJ(d.preset), str_error, &d.detach);
        zval_ptr_dtor(&d.detach);
        ZVAL_UNDEF(&d.detach);
    }
    promise_resolve(Z_OBJ_P(ZEND_THIS), &d.preset);
}

ZEND_METHOD(Event_Promise, work) {
    ZEND_PARSE_PARAMETERS_NONE();
    for (;;) {
        fiber_suspend();            // idle until a job comes
        if (EG(exception)) return;  // destroyed while idle (shutdown): the Fiber ends
        FiberJob *job = next_job;
        next_job = nullptr;
        if (!job) return;
        emit(job->obj, job->event, job->argc, job->argv);
        job->done = true;
        if (EG(exception)) {
            if (zend_is_unwind_exit(EG(exception)) || zend_is_graceful_exit(EG(exception))) {
                if (job->suspended) job_release(job);
                return;  // exit() or the Fiber's destruction: the Fiber ends
            }
            if (!job->suspended) {
                job->thrown = EG(exception);  // for the caller, who reports it as a direct call would
                EG(exception) = nullptr;
                zend_clear_exception();
            } else {
                // After an await: the owner is told, and it is reported as uncaught.
                zend_object *ex = EG(exception);
                EG(exception) = nullptr;
                zend_clear_exception();
                if (job->late_failure) job->late_failure(job->target);
                zval zv;
                ZVAL_OBJ(&zv, ex);
                run_from_loop(report_reason, &zv);
                zval_ptr_dtor(&zv);
            }
        }
        if (job->suspended) job_release(job);
        // After a fatal error or an exit PHP runs no more code (and can no longer switch
        // Fibers): this one ends instead of waiting in the pool.
        if (aborting()) return;
        // Back to the pool (the caller released its reference when the job began).
        GC_ADDREF(&EG(active_fiber)->std);
        idle_fibers.push_back(&EG(active_fiber)->std);
    }
}

ZEND_METHOD(Event_AggregateException, getErrors) {
    ZEND_PARSE_PARAMETERS_NONE();
    zval rv, *errors = zend_read_property(edges_aggregate_exception_ce, Z_OBJ_P(ZEND_THIS),
                                          ZEND_STRL("errors"), 1, &rv);
    RETURN_COPY_DEREF(errors);
}

ZEND_FUNCTION(Event_async) {
    zval *fn, *args = nullptr;
    uint32_t argc = 0;
    ZEND_PARSE_PARAMETERS_START(1, -1)
        Z_PARAM_ZVAL(fn)
        Z_PARAM_VARIADIC('*', args, argc)
    ZEND_PARSE_PARAMETERS_END();
    if (!zend_is_callable(fn, 0, nullptr)) {
        zend_argument_type_error(1, "must be a valid callback, %s given", zend_zval_type_name(fn));
        RETURN_THROWS();
    }
    zend_object *p = promise_async(fn, argc, args);
    if (!p) RETURN_THROWS();
    RETURN_OBJ(p);
}

ZEND_FUNCTION(Event_await) {
    zval *pz;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_OBJECT_OF_CLASS(pz, edges_promise_ce)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = Z_OBJ_P(pz);
    PromiseData &d = data_of(p);
    d.handled = true;
    if (d.state == State::kPending) {
        if (EG(active_fiber)) {
            Reaction r = reaction(Kind::kAwait);
            r.target = &EG(active_fiber)->std;
            GC_ADDREF(r.target);
            add_reaction(p, r);
            zend_call_method(nullptr, zend_ce_fiber, nullptr, "suspend", 7, return_value, 0, nullptr,
                             nullptr);
            return;  // the value it was resumed with, or the reason thrown into it
        }
        if (loop_exists() && loop().running()) {
            zend_throw_error(nullptr,
                             "Event\\await() outside a Fiber can only wait at the top level of the script; "
                             "run the code that awaits in Event\\async()");
            RETURN_THROWS();
        }
        // Top-level await: the loop runs until the promise settles.
        GC_ADDREF(p);
        add_reaction(p, reaction(Kind::kTopAwait));
        top_await_settled = false;
        microtasks_drain();
        while (d.state == State::kPending && !aborting() && !EG(exception)) {
            if (!loop().alive() && !microtasks_pending()) break;
            loop().run();
            microtasks_drain();
        }
        top_await_settled = false;
        OBJ_RELEASE(p);
        if (aborting()) {
            finish_loop_run(true);
            RETURN_THROWS();
        }
        if (d.state == State::kPending) {
            zend_throw_error(nullptr,
                             "Event\\await(): nothing is left to run and the promise is still pending");
            RETURN_THROWS();
        }
    }
    if (d.state == State::kFulfilled) RETURN_COPY(&d.result);
    Z_ADDREF(d.result);
    zend_throw_exception_object(&d.result);
}

ZEND_FUNCTION(Event_sleep) {
    double ms;
    ZEND_PARSE_PARAMETERS_START(1, 1)
        Z_PARAM_DOUBLE(ms)
    ZEND_PARSE_PARAMETERS_END();
    zend_object *p = promise_new();
    zval fn, args[2], ret;
    ZVAL_STRING(&fn, "Event\\setTimeout");
    method_closure(p, "resolver", &args[0]);
    ZVAL_DOUBLE(&args[1], ms);
    call(&fn, 2, args, &ret);
    zval_ptr_dtor(&fn);
    zval_ptr_dtor(&args[0]);
    zval_ptr_dtor(&ret);
    if (EG(exception)) {
        OBJ_RELEASE(p);
        RETURN_THROWS();
    }
    RETURN_OBJ(p);
}
