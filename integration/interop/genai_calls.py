"""google-genai call patterns shared by the Developer API and Vertex test modules.

Each helper makes one SDK call straight at mock-gemini (the expected answer), then the
identical call through outrigger, and checks both the SDK result and the proxy's record.
"""

from __future__ import annotations

from typing import Callable

from google import genai

from interop_support import (
    Stack,
    Usage,
    assert_count_tokens_recorded,
    assert_generation_recorded,
    assert_mock_answer,
)

ClientFactory = Callable[[str], genai.Client]


def _finish_reasons(candidates) -> list[str]:
    return [c.finish_reason.name for c in (candidates or []) if c.finish_reason is not None]


def unary(stack: Stack, make_client: ClientFactory, *, model: str, prompt: str, dialect: str) -> None:
    with make_client(stack.mock_url) as client:
        expected = client.models.generate_content(model=model, contents=prompt)
    with stack.expect_one_call() as rec:
        with make_client(stack.proxy_url) as client:
            got = client.models.generate_content(model=model, contents=prompt)

    assert_mock_answer(expected.text)
    assert got.text == expected.text
    assert got.usage_metadata is not None
    assert got.usage_metadata.model_dump() == expected.usage_metadata.model_dump()
    assert _finish_reasons(got.candidates) == _finish_reasons(expected.candidates)

    assert_generation_recorded(
        rec,
        dialect=dialect,
        model=model,
        operation="generateContent",
        stream_format="unary",
        usage=Usage.of(got.usage_metadata),
        finish_reasons=_finish_reasons(got.candidates),
    )
    stack.assert_no_secrets_in_proxy_output()


def _drain_stream(client: genai.Client, *, model: str, prompt: str):
    texts: list[str] = []
    usage = None
    finish: list[str] = []
    for chunk in client.models.generate_content_stream(model=model, contents=prompt):
        texts.append(chunk.text or "")
        um = chunk.usage_metadata
        # Vertex intermediate chunks carry only {"trafficType": …}; keep the last real counts.
        if um is not None and um.total_token_count is not None:
            usage = um
        finish += _finish_reasons(chunk.candidates)
    return texts, usage, finish


def stream(stack: Stack, make_client: ClientFactory, *, model: str, prompt: str, dialect: str) -> None:
    with make_client(stack.mock_url) as client:
        exp_texts, exp_usage, exp_finish = _drain_stream(client, model=model, prompt=prompt)
    with stack.expect_one_call() as rec:
        with make_client(stack.proxy_url) as client:
            texts, usage, finish = _drain_stream(client, model=model, prompt=prompt)

    assert_mock_answer("".join(exp_texts))
    # Pass-through: the same events, in the same order, with the same text.
    assert texts == exp_texts
    assert exp_usage is not None, "mock stream carried no usageMetadata"
    assert usage is not None
    assert usage.model_dump() == exp_usage.model_dump()
    assert finish == exp_finish

    assert_generation_recorded(
        rec,
        dialect=dialect,
        model=model,
        operation="streamGenerateContent",
        stream_format="sse",
        usage=Usage.of(usage),
        finish_reasons=finish,
    )
    stack.assert_no_secrets_in_proxy_output()


def count_tokens(stack: Stack, make_client: ClientFactory, *, model: str, prompt: str, dialect: str) -> None:
    with make_client(stack.mock_url) as client:
        expected = client.models.count_tokens(model=model, contents=prompt)
    with stack.expect_one_call() as rec:
        with make_client(stack.proxy_url) as client:
            got = client.models.count_tokens(model=model, contents=prompt)

    assert expected.total_tokens
    assert got.total_tokens == expected.total_tokens
    assert got.model_dump(exclude={"sdk_http_response"}) == expected.model_dump(exclude={"sdk_http_response"})

    assert_count_tokens_recorded(rec, dialect=dialect, model=model, total_tokens=got.total_tokens)
    stack.assert_no_secrets_in_proxy_output()
