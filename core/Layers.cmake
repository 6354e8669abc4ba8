# The layers of core, lowest first: which folders each one holds and which layers it may
# include from (besides itself). Read by core/CMakeLists.txt to build the libraries and by
# CheckLayerIncludes.cmake, which fails the build on an include of a folder the layer may not
# use, or of a Qt module it may not use. A folder is named relative to core/ ("store/bulk" is
# its own layer inside store's folder: the longest folder that prefixes an include wins).
set(KOLOKASI_LAYERS domain store services print interchange bulkdata)

# Domain vocabulary and pure rules: types, Error/Result, SopStep, FormField, validation,
# Indonesian text, the working calendar. QtCore only.
set(KOLOKASI_LAYER_domain_FOLDERS common domain validation text calendar)
set(KOLOKASI_LAYER_domain_USES)
set(KOLOKASI_LAYER_domain_QT QtCore)

# Rows in and out of the database: repositories, migrations, backup of the file. QtSql.
set(KOLOKASI_LAYER_store_FOLDERS store)
set(KOLOKASI_LAYER_store_USES domain)
set(KOLOKASI_LAYER_store_QT QtCore QtSql)

# The rules over stored records: the SOP workflow, capacity, the asset register, backups and
# the master-data services.
set(KOLOKASI_LAYER_services_FOLDERS workflow capacity register backup services)
set(KOLOKASI_LAYER_services_USES domain store)
set(KOLOKASI_LAYER_services_QT QtCore QtSql)

# The printed documents: may paint (QtGui, QtPrintSupport), never QtWidgets.
set(KOLOKASI_LAYER_print_FOLDERS documents)
set(KOLOKASI_LAYER_print_USES domain store services)
set(KOLOKASI_LAYER_print_QT QtCore QtSql QtGui QtPrintSupport QtSvg)

# The register's import and export (CSV, .xlsx).
set(KOLOKASI_LAYER_interchange_FOLDERS interchange)
set(KOLOKASI_LAYER_interchange_USES domain store services)
set(KOLOKASI_LAYER_interchange_QT QtCore QtSql)

# Benchmark and demo-volume data (kolokasi generate, the bench, query-plan tests): writes rows
# of its own, so it lives beside the store but is no part of the production store.
set(KOLOKASI_LAYER_bulkdata_FOLDERS store/bulk)
set(KOLOKASI_LAYER_bulkdata_USES domain store)
set(KOLOKASI_LAYER_bulkdata_QT QtCore QtSql)

# The Qt modules a layer may not use are those of this list it does not name.
set(KOLOKASI_QT_MODULES QtCore QtSql QtGui QtPrintSupport QtSvg QtWidgets)
