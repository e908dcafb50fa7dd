# GNU counts a built-in function's arguments after expanding them, so what the arguments
# print or stop with comes before `insufficient number of arguments`; functions that expand
# their own arguments (if, foreach, ...) are checked first. Unbalanced parentheses in an
# argument change where the arguments split, as in GNU's find_next_argument.
for f in '$(subst $(error boom))' '$(subst $(patsubst %))' '$(word $(info hi)1)' \
    '$(wordlist $(info wl)1,2)' '$(join $(info j))' '$(filter $(info f))' '$(sort $(info s))' \
    '$(if $(info i))' '$(foreach x,$(info hi))' '$(call $(info c))' \
    '$(subst (,[,a(b) $(patsubst %),%],x) y))' '$(subst (,[,a(b) x)' '$(patsubst a,$(warning w)b)'; do
  printf 'X := %s\nall: ; @echo "[$(X)]"\n' "$f" > Makefile
  printf '%s\n' "== $f"
  make; echo "exit=$?"
done
printf 'all:\n\t@echo $(subst $(info in recipe)x)\n' > Makefile
make; echo "exit=$?"
