# CXXFLAGS and CPPFLAGS in the built-in C++ rule.
#| setup: touch x.cpp
#| args: -n x.o
CXX = c++
CXXFLAGS = -std=c++17
CPPFLAGS = -DNDEBUG
