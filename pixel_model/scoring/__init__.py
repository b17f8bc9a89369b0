"""The documented scores (EQ, technique consistency, confidence) and the bias counterfactuals."""
