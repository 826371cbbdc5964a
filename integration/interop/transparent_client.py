"""Makes SDK calls the way an unchanged service would: default endpoints, default transports.

Reads a JSON list of calls on stdin and prints a JSON list of results on the last line of
stdout. Run by transparent_support.run_client inside a mount namespace whose /etc/hosts
maps the Google hosts to Outrigger (or, for the expected answers, to mock-gemini).
"""

from __future__ import annotations

import json
import sys
import warnings

import google.oauth2.credentials

FAKE_TOKEN = "fake-token"
FAKE_API_KEY = "fake-key"
PROJECT = "outrigger-interop"
LOCATION = "us-central1"


def usage_of(um) -> dict:
    def get(name: str) -> int:
        return int(getattr(um, name, None) or 0)

    return {
        "prompt": get("prompt_token_count"),
        "candidates": get("candidates_token_count"),
        "total": get("total_token_count"),
        "thoughts": get("thoughts_token_count"),
        "cached": get("cached_content_token_count"),
    }


def vertexai_model(call: dict):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        import vertexai
        from vertexai.generative_models import GenerativeModel

    options = dict(
        project=PROJECT, location=LOCATION, credentials=google.oauth2.credentials.Credentials(token=FAKE_TOKEN)
    )
    if call.get("endpoint"):
        options["api_endpoint"] = call["endpoint"]  # only for the expected answers, straight to the mock
    vertexai.init(**options)  # default transport: gRPC over TLS
    return GenerativeModel(call["model"])


def vertexai_call(call: dict) -> dict:
    model = vertexai_model(call)
    kind = call["kind"]
    if kind == "vertexai.generate":
        response = model.generate_content(call["prompt"])
        return {
            "text": response.text,
            "usage": usage_of(response.usage_metadata),
            "finish_reasons": [c.finish_reason.name for c in response.candidates],
        }
    if kind == "vertexai.stream":
        texts, usage, reasons = [], None, []
        for chunk in model.generate_content(call["prompt"], stream=True):
            texts.append("".join(p.text for c in chunk.candidates[:1] for p in c.content.parts))
            reasons += [c.finish_reason.name for c in chunk.candidates if c.finish_reason]
            if chunk.usage_metadata and chunk.usage_metadata.total_token_count:
                usage = usage_of(chunk.usage_metadata)
        return {"chunks": texts, "text": "".join(texts), "usage": usage, "finish_reasons": reasons}
    if kind == "vertexai.repeat":
        # One model, so one gRPC channel and one HTTP/2 connection, with grpcio's default
        # options: its bandwidth probes send PINGs while answers arrive.
        texts = []
        for i in range(call["count"]):
            stream = model.generate_content(f"{call['prompt']} ({i})", stream=True)
            texts.append("".join(p.text for chunk in stream for c in chunk.candidates[:1] for p in c.content.parts))
        return {"calls": len(texts), "texts": texts}
    if kind == "vertexai.count":
        response = model.count_tokens(call["prompt"])
        return {"total_tokens": response.total_tokens}
    raise ValueError(kind)


def genai_call(call: dict) -> dict:
    from google import genai

    if call["kind"].startswith("genai.vertex"):
        client = genai.Client(
            vertexai=True, project=PROJECT, location=LOCATION,
            credentials=google.oauth2.credentials.Credentials(token=FAKE_TOKEN),
        )
    else:
        client = genai.Client(api_key=FAKE_API_KEY)
    if call["kind"].endswith(".stream"):
        texts, usage = [], None
        for chunk in client.models.generate_content_stream(model=call["model"], contents=call["prompt"]):
            texts.append(chunk.text or "")
            if chunk.usage_metadata and chunk.usage_metadata.total_token_count:
                usage = usage_of(chunk.usage_metadata)
        return {"text": "".join(texts), "usage": usage}
    response = client.models.generate_content(model=call["model"], contents=call["prompt"])
    return {"text": response.text, "usage": usage_of(response.usage_metadata)}


def adk_call(call: dict) -> dict:
    """One turn of the smallest ADK agent on Vertex AI: no tools, no base URL. ADK reaches
    Vertex through google-genai (HTTPS REST, aiohttp); the credentials go in through
    `client_kwargs` because there is no Google account here."""
    import asyncio

    from google.adk.agents import LlmAgent
    from google.adk.models import Gemini
    from google.adk.runners import InMemoryRunner
    from google.genai import types

    model = Gemini(
        model=call["model"],
        client_kwargs={
            "vertexai": True, "project": PROJECT, "location": LOCATION,
            "credentials": google.oauth2.credentials.Credentials(token=FAKE_TOKEN),
        },
        retry_options=types.HttpRetryOptions(attempts=1),
    )
    agent = LlmAgent(name="shopping_assistant", model=model, instruction="Answer briefly.")

    async def turn() -> dict:
        runner = InMemoryRunner(agent=agent, app_name="outrigger-interop")
        session = await runner.session_service.create_session(app_name="outrigger-interop", user_id="shopper")
        texts, errors, usage = [], [], None
        message = types.Content(role="user", parts=[types.Part(text=call["prompt"])])
        async for event in runner.run_async(user_id="shopper", session_id=session.id, new_message=message):
            if event.error_code:
                errors.append(f"{event.error_code}: {event.error_message}")
            if event.content and event.content.parts:
                texts += [p.text for p in event.content.parts if p.text]
            if event.usage_metadata and event.usage_metadata.total_token_count:
                usage = usage_of(event.usage_metadata)
        return {"text": "".join(texts), "errors": errors, "usage": usage}

    return asyncio.run(turn())


def main() -> None:
    results = []
    for call in json.load(sys.stdin):
        if call["kind"].startswith("vertexai."):
            results.append(vertexai_call(call))
        elif call["kind"].startswith("adk."):
            results.append(adk_call(call))
        else:
            results.append(genai_call(call))
    print(json.dumps(results))


if __name__ == "__main__":
    main()
