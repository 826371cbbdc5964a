"""google-genai, Gemini Developer API mode (x-goog-api-key, /v1beta/models/…)."""

from __future__ import annotations

from google import genai
from google.genai import types

import genai_calls
from interop_support import FAKE_API_KEY, Stack

MODEL = "gemini-2.0-flash"
DIALECT = "gemini_api"


def developer_client(base_url: str) -> genai.Client:
    return genai.Client(api_key=FAKE_API_KEY, http_options=types.HttpOptions(base_url=base_url))


def test_generate_content(stack: Stack, prompt: str) -> None:
    genai_calls.unary(stack, developer_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_generate_content_stream(stack: Stack, prompt: str) -> None:
    genai_calls.stream(stack, developer_client, model=MODEL, prompt=prompt, dialect=DIALECT)


def test_count_tokens(stack: Stack, prompt: str) -> None:
    genai_calls.count_tokens(stack, developer_client, model=MODEL, prompt=prompt, dialect=DIALECT)
