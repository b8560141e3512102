"use strict";
exports.id = 983;
exports.ids = [983];
exports.modules = {

/***/ 14983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PostgreSqlContainer: () => (/* reexport safe */ _testcontainers_postgresql__WEBPACK_IMPORTED_MODULE_0__.S9),
/* harmony export */   getContainerRuntimeClient: () => (/* reexport safe */ testcontainers__WEBPACK_IMPORTED_MODULE_1__.getContainerRuntimeClient)
/* harmony export */ });
/* harmony import */ var _testcontainers_postgresql__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(20688);
/* harmony import */ var testcontainers__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2491);
/**
 * The Docker client, behind one dynamic import in docker.ts: testcontainers is large and only loaded when the docker
 * provider is used. Both packages come through this one module so that the bundle holds the client once, not once
 * per import site.
 */




/***/ })

};
;