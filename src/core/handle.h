// SPDX-License-Identifier: MIT
#pragma once

namespace edges {

class Loop;

// Something the loop waits for (a timer, a socket, a listener). The loop stays
// alive while at least one handle is active and referenced, as in libuv.
//
// Ownership: the binding (or a test) owns a handle and gives it up with
// dispose(), never with delete. dispose() closes it and hands it to the loop,
// which deletes it at a safe point, so core code that just called into user
// code can still look at `disposed()` on a handle whose owner went away.
class Handle {
public:
    explicit Handle(Loop &loop) : loop_(loop) {}
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;

    Loop &loop() const { return loop_; }

    void ref();
    void unref();
    bool has_ref() const { return ref_; }
    bool active() const { return active_; }
    bool disposed() const { return disposed_; }

    // Closes the handle and schedules its deletion; the owner must not touch it afterwards.
    void dispose();

    // A pinned handle is not deleted while disposed: for callbacks already
    // scheduled elsewhere (a deferred task, a DNS lookup) that still point at it.
    void pin() { pins_++; }
    void unpin() { pins_--; }
    bool pinned() const { return pins_ > 0; }

protected:
    virtual ~Handle();
    // Called once by dispose(): stop whatever the handle waits for and forget the owner.
    virtual void on_dispose() = 0;
    void set_active(bool active);

private:
    friend class Loop;
    Loop &loop_;
    bool ref_ = true;
    bool active_ = false;
    bool disposed_ = false;
    int pins_ = 0;
};

}  // namespace edges
