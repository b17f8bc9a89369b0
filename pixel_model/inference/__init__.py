"""The model: encoder, heads, crisis and safety towers, generator, batching, the live-model holder. No HTTP, no
security."""
