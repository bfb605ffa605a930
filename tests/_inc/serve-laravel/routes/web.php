<?php
use App\Http\Controllers\HelloController;
use Illuminate\Support\Facades\Route;

Route::get('/', [HelloController::class, 'index']);
Route::post('/', [HelloController::class, 'index']);
Route::get('/users/{id}', [HelloController::class, 'user'])->where('id', '[0-9]+');
Route::get('/session', [HelloController::class, 'session']);
Route::post('/upload', [HelloController::class, 'upload']);
Route::get('/stream', [HelloController::class, 'stream']);
Route::get('/fail', [HelloController::class, 'fail']);
