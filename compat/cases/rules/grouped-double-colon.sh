# `&::` groups the targets of a double-colon rule: one run of the recipe makes the group,
# and a target in two groups takes part in both.
printf '.PHONY: p q r s t u\np q r&:: ; @echo "first group by $@"\nr s t&:: ; @echo "second group by $@"\nu&:: ; @echo "alone $@"\n' > Makefile
make p q; echo "rc=$?"
make r; echo "rc=$?"
make s t u p; echo "rc=$?"
