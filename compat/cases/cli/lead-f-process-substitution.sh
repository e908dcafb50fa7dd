# -f <(...): a pipe from process substitution is a readable makefile.
make -f <(printf 'all:\n\t@echo from a pipe\n')
echo "exit=$?"
make -f <(printf 'x := 1\n') -f <(printf 'all:\n\t@echo x=$(x)\n')
echo "exit=$?"
