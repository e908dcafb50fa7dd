//! `conf/env.cfg` read exactly as bash would read it, without ever executing it.
