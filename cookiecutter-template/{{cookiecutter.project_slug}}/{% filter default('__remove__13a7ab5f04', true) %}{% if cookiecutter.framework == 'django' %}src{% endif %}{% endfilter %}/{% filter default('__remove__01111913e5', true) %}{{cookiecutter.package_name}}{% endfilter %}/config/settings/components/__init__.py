"""The settings each phase brings, one module per phase, star-imported by `base.py`.

A component adds settings; it never redefines one of `base.py`'s. What a phase adds to
REST_FRAMEWORK (or to SPECTACULAR_SETTINGS) is a `REST_FRAMEWORK_<PHASE>` (or
`SPECTACULAR_SETTINGS_<PHASE>`) dict, merged there.
"""
