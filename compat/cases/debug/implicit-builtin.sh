# -d with the built-in rules: GNU traces every rule it tries
#| known-difference: xmake's implicit search is not GNU's rule by rule: --debug=i shows the rule found and its prerequisites, not each rule tried before it (nor GNU's "Rejecting impossible" and intermediate-file lines)
#| normalise: banner
touch a.c
printf 'all: a.o\n\t@echo all\n' > Makefile
make -d -n; echo "exit=$?"
