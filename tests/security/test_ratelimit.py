"""The token buckets (pixel_model/security/ratelimit.py), each behaviour checked on both backends: the SQLite file one
replica's workers share, and Redis (a real ``redis-server``) that several replicas share. The HTTP side (headers,
429 bodies, per-item charges in a batch) is in tests/security/test_security.py."""

from __future__ import annotations

import multiprocessing as mp

import pytest

from pixel_model.errors import Unavailable
from pixel_model.security.ratelimit import RateLimiter, RedisRateLimiter, limiter_from_settings
from pixel_model.settings import Settings


def _url(client) -> str:
    kw = client.connection_pool.connection_kwargs
    return f"redis://{kw.get('host', 'localhost')}:{kw['port']}/0"


@pytest.fixture(params=["sqlite", "redis"])
def make_limiter(request, tmp_path):
    """``make_limiter(clock)`` -> a limiter of the parametrised backend; ``.spec`` rebuilds it in another process."""
    if request.param == "sqlite":
        path = tmp_path / "rl.sqlite"
        factory = lambda clock=None: RateLimiter(path, **({"clock": clock} if clock else {}))  # noqa: E731
        factory.spec = ("sqlite", str(path))
    else:
        url = _url(request.getfixturevalue("redis_server"))
        factory = lambda clock=None: RedisRateLimiter.from_url(url, clock)  # noqa: E731
        factory.spec = ("redis", url)
    return factory


def test_token_bucket_refills(make_limiter):
    now = [0.0]
    rl = make_limiter(lambda: now[0])
    assert all(rl.acquire([("k", 60, 1)]).allowed for _ in range(60))
    d = rl.acquire([("k", 60, 1)])
    assert not d.allowed and d.retry_after_s == 1 and d.reset_s == 60
    now[0] = 30.0  # half a minute: 30 tokens back
    d = rl.acquire([("k", 60, 30)])
    assert d.allowed and d.remaining == 0
    now[0] = 1000.0  # never more than a full bucket
    assert rl.acquire([("k", 60, 60)]).allowed and not rl.acquire([("k", 60, 1)]).allowed


def test_charge_is_all_or_nothing_and_names_the_binding_bucket(make_limiter):
    rl = make_limiter(lambda: 5_000.0)
    assert rl.acquire([("key:a", 10, 1), ("user:u", 3, 3)]).allowed
    d = rl.acquire([("key:a", 10, 1), ("user:u", 3, 1)])  # the user's bucket is empty: nothing is charged
    assert not d.allowed and d.limit == 3 and d.retry_after_s == 20  # 1 token at 3 per minute
    d = rl.acquire([("key:a", 10, 9)])  # key:a lost only the first charge's token
    assert d.allowed and d.remaining == 0 and d.limit == 10
    d = rl.acquire([("key:b", 5, 6)])  # a cost above the whole bucket can never pass: retry after a window
    assert not d.allowed and d.retry_after_s == 60


def test_rate_limit_is_shared_across_processes(make_limiter):
    ctx = mp.get_context("spawn")
    q = ctx.Queue()
    procs = [ctx.Process(target=_take_tokens, args=(make_limiter.spec, 40, q)) for _ in range(4)]
    for p in procs:
        p.start()
    granted = sum(q.get(timeout=60) for _ in procs)
    for p in procs:
        p.join(60)
    assert granted == 50  # four workers (or replicas), 160 attempts, one 50-token bucket, frozen clock: no refill


def _take_tokens(spec, attempts: int, q) -> None:
    from pathlib import Path

    from pixel_model.security.ratelimit import RateLimiter, RedisRateLimiter

    kind, where = spec
    clock = lambda: 1_000_000.0  # noqa: E731
    rl = RateLimiter(Path(where), clock=clock) if kind == "sqlite" else RedisRateLimiter.from_url(where, clock)
    q.put(sum(rl.acquire([("key:shared", 50, 1)]).allowed for _ in range(attempts)))


def test_redis_buckets_use_the_servers_clock_and_expire_when_idle(redis_server):
    rl = RedisRateLimiter.from_url(_url(redis_server))
    assert [rl.acquire([("key:clock", 5, 1)]).allowed for _ in range(6)] == [True] * 5 + [False]
    key = RedisRateLimiter.PREFIX + "key:clock"
    assert 0 < redis_server.ttl(key) <= 600 and float(redis_server.hget(key, "updated")) > 1.7e9


def test_two_replicas_share_one_limit_through_redis(redis_server, tmp_path):
    """Two Security contexts with their own state directories stand for two replicas: with the SQLite file each
    would grant the whole limit; with PIXEL_RATE_LIMIT_REDIS_URL they grant it once between them."""
    from pixel_model.errors import RateLimited
    from pixel_model.security.context import Security
    from pixel_model.security.keys import Principal

    url = _url(redis_server)
    a = Security(
        Settings(state_dir=tmp_path / "a", rate_limits="admin:10,therapist:4,user:2", rate_limit_redis_url=url)
    )
    b = Security(
        Settings(state_dir=tmp_path / "b", rate_limits="admin:10,therapist:4,user:2", rate_limit_redis_url=url)
    )
    assert isinstance(a.limiter, RedisRateLimiter)
    key = Principal("k_shared", "therapist")
    assert a.charge(key, [None, None]).allowed and b.charge(key, [None]).allowed
    assert a.charge(key, [None]).remaining == 0
    with pytest.raises(RateLimited):
        b.charge(key, [None])
    local = [
        Security(Settings(state_dir=tmp_path / f"l{i}", rate_limits="admin:10,therapist:4,user:2")) for i in range(2)
    ]
    assert all(s.charge(key, [None] * 4).allowed for s in local)  # the per-replica file: 2 x the limit


def test_redis_down_is_503_with_retry_after(tmp_path):
    import socket

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    pytest.importorskip("redis")
    rl = limiter_from_settings(Settings(state_dir=tmp_path, rate_limit_redis_url=f"redis://127.0.0.1:{port}/0"))
    with pytest.raises(Unavailable) as e:
        rl.acquire([("key:x", 10, 1)])
    assert e.value.status == 503 and e.value.headers["Retry-After"] == "1" and "Redis" in str(e.value)


def test_sqlite_is_the_default(tmp_path):
    assert isinstance(limiter_from_settings(Settings(state_dir=tmp_path)), RateLimiter)
