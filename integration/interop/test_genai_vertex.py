"""google-genai, Vertex AI mode (Bearer token, /v1beta1|v1/projects/…) and express mode (API key)."""

from __future__ import annotations

import google.oauth2.credentials
from google import genai
from google.genai import types

import genai_calls
from interop_support import FAKE_TOKEN, FAKE_VERTEX_KEY, LOCATION, PROJECT, Stack

MODEL = "gemini-2.0-flash"
DIALECT = "vertex"


def vertex_client(base_url: str, api_version: str | None = None) -> genai.Client:
    # Project and location must be passed explicitly: with a custom base_url and only
    # environment variables, google-genai switches to "gateway mode" and POSTs to "/".
    return genai.Client(
        vertexai=True,
        project=PROJECT,
        location=LOCATION,
        credentials=google.oauth2.credentials.Credentials(token=FAKE_TOKEN),
        http_options=types.HttpOptions(base_url=base_url, api_version=api_version),
    )


def vertex_v1_client(base_url: str) -> genai.Client:
    return vertex_client(base_url, api_version="v1")


def express_client(base_url: str) -> genai.Client:
    return genai.Client(
        vertexai=True,
        api_key=FAKE_VERTEX_KEY,
        http_options=types.HttpOptions(base_url=base_url),
    )


def test_generate_content(stack: Stack, prompt: str) -> None:
    genai_calls.unary(stack, vertex_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_generate_content_stream(stack: Stack, prompt: str) -> None:
    genai_calls.stream(stack, vertex_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_count_tokens(stack: Stack, prompt: str) -> None:
    genai_calls.count_tokens(stack, vertex_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_generate_content_api_v1(stack: Stack, prompt: str) -> None:
    genai_calls.unary(stack, vertex_v1_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_generate_content_stream_api_v1(stack: Stack, prompt: str) -> None:
    genai_calls.stream(stack, vertex_v1_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_express_mode_generate_content(stack: Stack, prompt: str) -> None:
    genai_calls.unary(stack, express_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_express_mode_generate_content_stream(stack: Stack, prompt: str) -> None:
    genai_calls.stream(stack, express_client, model=MODEL, prompt=prompt, dialect=DIALECT)
