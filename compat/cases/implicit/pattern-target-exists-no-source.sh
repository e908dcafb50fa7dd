# An existing target with a pattern rule whose source is missing: the rule does not apply; target is just up to date.
touch a.out
printf '%%.out: %%.in\n\tcp $< $@\n' > Makefile
make a.out; echo "exit=$?"
