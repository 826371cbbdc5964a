"""google-cloud-aiplatform's `vertexai.generative_models` over REST.

This client POSTs to /v1/projects/…/publishers/google/models/M:… with the query
`$alt=json;enum-encoding=int` (so enums such as finishReason come back as integers), and its
streams use the default JSON-array framing rather than SSE.
"""

from __future__ import annotations

import warnings

import google.oauth2.credentials
import pytest

from interop_support import (
    FAKE_TOKEN,
    LOCATION,
    PROJECT,
    Stack,
    Usage,
    assert_count_tokens_recorded,
    assert_generation_recorded,
    assert_mock_answer,
)

with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # GenerativeModel is deprecated in favour of google-genai
    import vertexai
    from vertexai.generative_models import GenerativeModel

MODEL = "gemini-2.0-flash-001"
DIALECT = "vertex"

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")


def model_at(endpoint: str) -> GenerativeModel:
    """A fresh GenerativeModel bound to `endpoint` (vertexai.init is process-global)."""
    vertexai.init(
        project=PROJECT,
        location=LOCATION,
        api_endpoint=endpoint,  # must include http://, or the SDK assumes https
        api_transport="rest",  # the default, gRPC, refuses plaintext
        credentials=google.oauth2.credentials.Credentials(token=FAKE_TOKEN),
    )
    return GenerativeModel(MODEL)


def _finish_reasons(response) -> list[str]:
    return [c.finish_reason.name for c in response.candidates if c.finish_reason]


def _usage_dict(um) -> dict:
    return type(um).to_dict(um)


def _chunk_text(chunk) -> str:
    return "".join(p.text for c in chunk.candidates[:1] for p in c.content.parts)


def test_generate_content(stack: Stack, prompt: str) -> None:
    expected = model_at(stack.mock_url).generate_content(prompt)
    with stack.expect_one_call() as rec:
        got = model_at(stack.proxy_url).generate_content(prompt)

    assert_mock_answer(expected.text)
    assert got.text == expected.text
    assert _usage_dict(got.usage_metadata) == _usage_dict(expected.usage_metadata)
    assert _finish_reasons(got) == _finish_reasons(expected)

    assert_generation_recorded(
        rec,
        dialect=DIALECT,
        model=MODEL,
        operation="generateContent",
        stream_format="unary",
        usage=Usage.of(got.usage_metadata),
        finish_reasons=_finish_reasons(got),
    )
    stack.assert_no_secrets_in_proxy_output()


def _drain(model: GenerativeModel, prompt: str):
    texts: list[str] = []
    usage = None
    finish: list[str] = []
    for chunk in model.generate_content(prompt, stream=True):
        texts.append(_chunk_text(chunk))
        if chunk.usage_metadata.total_token_count:
            usage = chunk.usage_metadata
        finish += _finish_reasons(chunk)
    return texts, usage, finish


def test_generate_content_stream(stack: Stack, prompt: str) -> None:
    exp_texts, exp_usage, exp_finish = _drain(model_at(stack.mock_url), prompt)
    with stack.expect_one_call() as rec:
        texts, usage, finish = _drain(model_at(stack.proxy_url), prompt)

    assert_mock_answer("".join(exp_texts))
    assert texts == exp_texts
    assert exp_usage is not None, "mock stream carried no usageMetadata"
    assert usage is not None
    assert _usage_dict(usage) == _usage_dict(exp_usage)
    assert finish == exp_finish

    assert_generation_recorded(
        rec,
        dialect=DIALECT,
        model=MODEL,
        operation="streamGenerateContent",
        stream_format="json_array",
        usage=Usage.of(usage),
        finish_reasons=finish,
    )
    stack.assert_no_secrets_in_proxy_output()


def test_count_tokens(stack: Stack, prompt: str) -> None:
    expected = model_at(stack.mock_url).count_tokens(prompt)
    with stack.expect_one_call() as rec:
        got = model_at(stack.proxy_url).count_tokens(prompt)

    assert expected.total_tokens
    assert got.total_tokens == expected.total_tokens
    assert type(got).to_dict(got) == type(expected).to_dict(expected)

    assert_count_tokens_recorded(rec, dialect=DIALECT, model=MODEL, total_tokens=got.total_tokens)
    stack.assert_no_secrets_in_proxy_output()
