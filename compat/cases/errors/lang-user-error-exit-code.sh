# user error exit code
printf '$(error e)\n' > Makefile
make; echo "exit=$?"