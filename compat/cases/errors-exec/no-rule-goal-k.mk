# With -k, a missing goal: "No rule to make target 'nope'." then others run.
#| args: -k nope ok
ok: ; @echo ok
