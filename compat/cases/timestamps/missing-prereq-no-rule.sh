# A missing prerequisite with no rule: "No rule to make target 'in', needed by 'out'".
printf 'out: in\n\t@echo build\n' > Makefile
touch -d '2020-01-01 00:00:00' out
make; echo "exit=$?"
