# A failing double-colon rule stops the other double-colon rules for that target.
all:: ; @echo one; exit 1
all:: ; @echo two
