"""Classifying measures into the codebook's categories, and naming their target groups.

``codebook`` (categories, cues, groups), ``rules`` (the cue classifier), ``features`` (what the
trained models read of a measure), ``estimators`` (the trainable classifiers, scikit-learn
estimators), ``metrics`` (scores against labels), ``data`` (the labelled measures), ``model``
(saving a model, and loading it only where it fits), ``tagger`` (what the build classifies
with), ``labelling`` (active labelling).  Training, which needs the whole pipeline to find
the context of measures labelled on real pages, is ``pipeline.train`` in the app layer.
"""
