# Directives may be indented with spaces (but not a recipe tab in a rule context).
   ifdef MAKE
   $(info indented works)
   endif
all: ; @:
