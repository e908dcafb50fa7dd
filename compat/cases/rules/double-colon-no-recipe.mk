# A double-colon rule without a recipe for another target is accepted; the default goal is unaffected.
all:: ; @echo all
aux::
