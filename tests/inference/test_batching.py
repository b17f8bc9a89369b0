"""The bound on BentoML's learned cork wait (``inference/batching.py``): after a burst whose calls queued for a
second, the batcher's optimizer must not ask a lone call to wait more than the cap. BentoML's own ``Optimizer``,
fed the statistics a saturated runner produces."""

from __future__ import annotations

import pytest
from bentoml._internal.marshal.dispatcher import Optimizer

from pixel_model.inference.batching import ANALYSE, bound_cork_wait


def _burst(opt: Optimizer) -> None:
    for _ in range(60):  # 16-item batches of 0.3 s whose first call queued 1.2 s (64 clients, runner saturated)
        opt.log_outbound(n=16, wait=1.2, duration=0.3)
    opt.trigger_refresh()


@pytest.fixture
def restore():
    original = Optimizer.trigger_refresh
    yield
    Optimizer.trigger_refresh = original


def test_unbounded_the_optimizer_learns_the_queueing_time(restore):
    refresh = getattr(Optimizer.trigger_refresh, "__wrapped__", Optimizer.trigger_refresh)
    Optimizer.trigger_refresh = refresh  # BentoML's own, as if Pixel had never bounded it
    opt = Optimizer(ANALYSE["max_latency_ms"] / 1000)
    _burst(opt)
    assert opt.wait == pytest.approx(1.2)  # the pathology the bound exists for


def test_bounded_wait_after_a_burst(restore):
    bound_cork_wait(10)
    bound_cork_wait(10)  # idempotent: wraps BentoML's function once
    opt = Optimizer(ANALYSE["max_latency_ms"] / 1000)
    _burst(opt)
    assert opt.wait == pytest.approx(0.010)
    assert 16 * opt.o_a + opt.o_b == pytest.approx(0.3)  # the latency model is still fitted
    bound_cork_wait(0)
    _burst(opt)
    assert opt.wait == 0


def test_short_waits_are_kept_and_a_negative_cap_is_refused(restore):
    bound_cork_wait(10)
    opt = Optimizer(1.0)
    for _ in range(10):
        opt.log_outbound(n=2, wait=0.004, duration=0.05)
    opt.trigger_refresh()
    assert opt.wait == pytest.approx(0.004)
    with pytest.raises(ValueError, match=">= 0"):
        bound_cork_wait(-1)
