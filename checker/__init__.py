"""check: consistency and compliance checker for county health-bureau work reports.

The pipeline, one module per stage: read → nlp → claims → rulebase → engine → findings →
render → cli (pipeline.py runs the stages for one report).
"""
__version__ = "0.1.0"
