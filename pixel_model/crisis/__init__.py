"""Crisis detection without a model: the rule layer, frames (idioms, phatic), fusion with the tower, the
protocol reply.
"""
