# C++ built-ins for .cc, .cpp and .C sources (manual 10.2).
#| setup: touch a.cc b.cpp c.C
#| args: -n a.o b.o c.o
