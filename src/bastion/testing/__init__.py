"""Test doubles shared by Bastion's tests and benchmarks: the scripted fake OpenAI server."""
