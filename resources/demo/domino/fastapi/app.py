"""Bridge between the agent topics and n8n: /decide, /callback, /topics."""
import os

import httpx
import redis.asyncio as redis
from fastapi import FastAPI

app = FastAPI(title="domino-bridge")
results = redis.from_url(os.environ.get("REDIS_URL", "redis://redis:6379/0"))
stream = os.environ.get("REDIS_RESULT_STREAM", "domino:results")


@app.get("/health")
async def health():
    return {"status": "ok"}


@app.get("/topics")
async def topics():
    return {"topics": os.environ.get("AUTOGEN_TOPICS", "").split(",")}


@app.post("/decide")
async def decide(plan: dict):
    async with httpx.AsyncClient(base_url=os.environ["N8N_API_URL"]) as client:
        response = await client.post(
            "/workflows",
            json=plan,
            headers={"X-N8N-API-KEY": os.environ["N8N_API_KEY"]},
        )
        response.raise_for_status()
        return response.json()


@app.post("/callback")
async def callback(result: dict):
    await results.xadd(stream, {"result": str(result)})
    return {"queued": True}
