# A failure with -C: the error line is printed between the Entering and Leaving lines.
mkdir d
printf 'all:\n\t@exit 1\n' > d/Makefile
make -C d; echo "exit=$?"
