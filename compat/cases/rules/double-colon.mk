# Double-colon rules: each rule is independent and runs its own recipe (manual 4.12).
all:: ; @echo one
all:: ; @echo two
