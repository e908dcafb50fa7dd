#| normalise: database
# Double-colon rules after a real run, one rule of them out of date.
touch -d '2020-01-01 00:00:00' target
touch -d '2020-01-02 00:00:00' newer
touch -d '2019-01-01 00:00:00' older
cat > Makefile <<'MK'
target:: newer
	@echo newer changed
target:: older
	@echo never
MK
make -rR -p; echo "exit=$?"
