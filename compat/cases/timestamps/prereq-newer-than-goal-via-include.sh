# A dependency file included by the makefile adds prerequisites that drive rebuilds.
printf 'out: in\n\t@echo build out\n-include out.d\n' > Makefile
echo 'out: extra' > out.d
touch -d '2020-01-01 00:00:00' in
touch -d '2020-01-02 00:00:00' out
touch -d '2020-01-03 00:00:00' extra
make; echo "exit=$?"
