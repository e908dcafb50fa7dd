# A goal that exists as a file but has no rule: "Nothing to be done for 'present'", exit 0.
printf '# comment\nV = 1\n' > Makefile
touch present
make present; echo "exit=$?"
