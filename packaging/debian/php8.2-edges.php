mod modules/edges.so
mod packaging/debian/edges.ini
