"""Model artifacts: the BentoML model store and the weight sources."""
