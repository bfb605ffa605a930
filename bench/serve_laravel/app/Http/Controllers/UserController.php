<?php
namespace App\Http\Controllers;

use Illuminate\Http\Request;
use Illuminate\Routing\Controller;

class UserController extends Controller
{
    public function show(Request $request, int $id)
    {
        return response()->json(['user' => ['id' => $id, 'name' => "user$id", 'email' => "user$id@example.org",
            'roles' => ['reader', $id % 2 ? 'writer' : 'guest']], 'fields' => $request->query('fields')]);
    }
}
