# If one grouped target is missing, the group's recipe reruns.
cat > Makefile <<'M'
a b &: src
	@echo regenerate $@
	touch a b
M
touch -d '2020-01-01 00:00:00' src
make; echo "exit=$?"
rm b
make b; echo "exit=$?"
